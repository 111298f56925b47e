"""One-off trims applied to the drafted documents (kept for the record)."""
import re, sys

def cut_text(s, sentence):
    assert sentence in s, sentence[:60]
    return s.replace(sentence, "", 1)

def drop_units(s, markers):
    """Remove U(...) entries whose first line contains any marker."""
    out = []
    lines = s.split("\n")
    i = 0
    removed = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("    U(") and any(m in ln for m in markers):
            # skip until the line that closes this unit (next line starting with '    U(' or ']')
            j = i + 1
            while j < len(lines) and not (lines[j].startswith("    U(") or lines[j].startswith("]")):
                j += 1
            i = j
            removed += 1
            continue
        out.append(ln)
        i += 1
    return "\n".join(out), removed

def edit(path, text_cuts=(), text_repl=(), unit_markers=(), expect=None):
    s = open(path).read()
    for a in text_cuts:
        s = cut_text(s, a)
    for a, b in text_repl:
        assert a in s, a[:60]
        s = s.replace(a, b, 1)
    n = 0
    if unit_markers:
        s, n = drop_units(s, unit_markers)
    if expect is not None and n != expect:
        sys.exit(f"{path}: removed {n} units, expected {expect}")
    open(path, "w").write(s)
    print(path, "units removed:", n)
