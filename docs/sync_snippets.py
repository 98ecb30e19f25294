#!/usr/bin/env python3
"""Refreshes every <!-- snippet: path#tag --> code block in README.md and docs/*.md from its source region."""
import pathlib, re, textwrap

root = pathlib.Path(__file__).resolve().parent.parent
pattern = re.compile(r"(<!-- snippet: (\S+)#(\S+) -->\s*\n```(?:java|properties)\n)(.*?)(```)", re.S)

def region(path, tag):
    lines = (root / path).read_text().splitlines()
    # Java regions are marked with // comments, .properties regions with #
    start = next(i for i, l in enumerate(lines) if l.strip() in (f"// tag::{tag}[]", f"# tag::{tag}[]")) + 1
    end = next(i for i, l in enumerate(lines) if l.strip() in (f"// end::{tag}[]", f"# end::{tag}[]"))
    return textwrap.dedent("\n".join(lines[start:end])) + "\n"

for page in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
    text = page.read_text()
    new = pattern.sub(lambda m: m.group(1) + region(m.group(2), m.group(3)) + m.group(5), text)
    if new != text:
        page.write_text(new)
        print("updated", page.relative_to(root))
