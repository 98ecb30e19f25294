-- wrk script: POST /fruits with a new name per request, one plain-pool INSERT (docs/performance.md)
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads .. "-" .. os.time())
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/fruits", {["Content-Type"] = "application/json"}, '{"name":"f-' .. tid .. '-' .. counter .. '"}')
end
