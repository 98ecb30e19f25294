-- wrk script: POST /books, a Hibernate Reactive withTransaction(persist) per request (docs/performance.md)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"load","pages":100}'
