#!/usr/bin/env python3
"""Where the page's wasm bytes go: the table of docs/size.md.

Usage: scripts/size-parts.py [WASM]   (default: target/wasm-bindgen/release/joblens-web_bg.wasm, which
                                       `trunk build --release` leaves behind, before wasm-opt)

It runs wasm-opt with index.html's flags plus `-g` (the shipped wasm is the same code without the names), then puts
every function and data segment into one part by its name or contents, and prints per part its raw bytes and its
gzip -9 cost, measured as how much the gzipped code (or data) shrinks when the part is left out. Those costs add
up to about the total; a part that is mostly inlined into another (chart builders into the page's memo, for example)
counts where it landed. For single items, run twiggy (`cargo install twiggy`) on the same file:
`twiggy top -n 40 FILE`, `twiggy paths FILE NAME`, `twiggy monos FILE`.
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# First match wins, so the narrow parts come before the wide ones.
CODE_PARTS = [
    ("charts: builders, charming options, their serialization", r"charming|serde_core\.\.ser|serde\.\.ser|Serialize|joblens::charts|joblens::state::chart_options"),
    ("engine: JSON reader", r"joblens_core::segment::read_json|serde_json::de|serde_json::read|RawValue"),
    ("serde_json (writer, values)", r"serde_json|zmij|itoa|ryu"),
    ("engine: chrome patterns", r"joblens_core::segment::(chrome|nav|age)"),
    ("engine: city table", r"joblens_core::place"),
    ("csv-core", r"csv_core"),
    ("aho-corasick", r"aho_corasick"),
    ("sorting (std)", r"core::slice::sort"),
    ("core::fmt", r"core::fmt|alloc::fmt|core\[\w+\]::fmt|as core::fmt|fmt::Write|::fmt::h|_fmt$"),
    ("leptos/reactive runtime", r"tachys|reactive_graph|leptos|any_spawner|reactive_stores|or_poisoned|throw_error|oco_ref|slotmap|futures|either_of|send_wrapper|wasm_bindgen_futures|indexmap|erased"),
    ("engine: parse, segment, fields", r"joblens_core::(parse|segment|fields|facts|salary|text|scan|taxonomy|bits|model)"),
    ("engine: dataset, filter, stats, share, export", r"joblens_core"),
    ("page: components, state, url", r"joblens"),
    ("miniz_oxide (share links)", r"miniz_oxide"),
    ("panic paths", r"panic|unwrap_failed|expect_failed|slice_index|assert_failed|capacity_overflow|handle_alloc_error|slice_error_fail|rust_begin_unwind"),
    ("allocator", r"dlmalloc|__rust_alloc|__rdl|raw_vec|RawVec"),
    ("wasm-bindgen, js-sys, web-sys", r"wasm_bindgen|js_sys|web_sys|externref shim|__wbg|__wbindgen"),
]
# Data segments hold several things each (the linker merges read-only data); a segment goes to the first part whose
# marker it contains.
DATA_PARTS = [
    ("data: default corpus", "Python招聘职位".encode()),
    ("data: chrome patterns", b"prevnextparent"),
    ("data: skill taxonomy, city table", b"amsterdam"),
    ("data: UI texts, messages", "分享链接".encode()),
    ("data: unicode tables (core)", b"LazyCell instance has previously been poisoned"),
]


def leb(d, i):
    r = s = 0
    while True:
        b = d[i]
        i += 1
        r |= (b & 0x7F) << s
        s += 7
        if b < 0x80:
            return r, i


def sections(d):
    out, i = {}, 8
    while i < len(d):
        sid = d[i]
        sz, i = leb(d, i + 1)
        if sid == 0:
            nl, j = leb(d, i)
            out[d[j : j + nl].decode()] = (j + nl, i + sz)
        else:
            out[sid] = (i, i + sz)
        i += sz
    return out


def imported_functions(d, sec):
    s, _ = sec[2]
    n, i = leb(d, s)
    count = 0
    for _ in range(n):
        for _ in range(2):
            ln, i = leb(d, i)
            i += ln
        kind = d[i]
        i += 1
        if kind == 0:
            _, i = leb(d, i)
            count += 1
        elif kind in (1, 2):
            if kind == 1:
                i += 1
            flags = d[i]
            _, i = leb(d, i + 1)
            if flags & 1:
                _, i = leb(d, i)
        elif kind == 3:
            i += 2
        elif kind == 4:
            i += 1
            _, i = leb(d, i)
    return count


def function_names(d, sec):
    names = {}
    s, e = sec["name"]
    i = s
    while i < e:
        sub = d[i]
        sz, i = leb(d, i + 1)
        start = i
        if sub == 1:
            n, i = leb(d, i)
            for _ in range(n):
                idx, i = leb(d, i)
                ln, i = leb(d, i)
                names[idx] = d[i : i + ln].decode("utf8", "replace")
                i += ln
        i = start + sz
    return names


def functions(d, sec):
    base = imported_functions(d, sec)
    names = function_names(d, sec)
    s, _ = sec[10]
    n, i = leb(d, s)
    out = []
    for k in range(n):
        sz, i = leb(d, i)
        out.append((names.get(base + k, "?"), d[i : i + sz]))
        i += sz
    return out


def data_segments(d, sec):
    s, _ = sec[11]
    n, i = leb(d, s)
    out = []
    for _ in range(n):
        flags, i = leb(d, i)
        if flags == 2:
            _, i = leb(d, i)
        if flags in (0, 2):
            while d[i] != 0x0B:  # the offset expression, up to its `end`
                i += 1
            i += 1
        ln, i = leb(d, i)
        out.append(d[i : i + ln])
        i += ln
    return out


def gz(b):
    return len(gzip.compress(b, 9))


def costs(items):
    """items: [(part, bytes)] in file order. Per part: raw bytes, and gz(all) - gz(all without the part)."""
    whole = gz(b"".join(b for _, b in items))
    out = {}
    for part in {p for p, _ in items}:
        rest = b"".join(b for p, b in items if p != part)
        out[part] = (sum(len(b) for p, b in items if p == part), whole - gz(rest))
    return whole, out


def wasm_opt_flags():
    html = open(os.path.join(ROOT, "index.html"), encoding="utf8").read()
    link = re.search(r'<link[^>]*rel="rust"[^>]*>', html).group(0)
    level = re.search(r'data-wasm-opt="([^"]*)"', link)
    params = re.search(r'data-wasm-opt-params="([^"]*)"', link)
    return [f"-O{level.group(1) if level else 's'}"] + (params.group(1).split() if params else [])


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/wasm-bindgen/release/joblens-web_bg.wasm")
    flags = wasm_opt_flags()
    with tempfile.TemporaryDirectory() as tmp:
        named = os.path.join(tmp, "named.wasm")
        subprocess.run(["wasm-opt", *flags, "-g", src, "-o", named], check=True)
        d = open(named, "rb").read()
    sec = sections(d)
    code = []
    for name, body in functions(d, sec):
        part = next((p for p, rx in CODE_PARTS if re.search(rx, name)), "rest (std, core, alloc, other crates)")
        code.append((part, body))
    data = []
    for seg in data_segments(d, sec):
        part = next((p for p, marker in DATA_PARTS if marker in seg), "data: other (vtables, strings, tables)")
        data.append((part, seg))
    print(f"wasm-opt {' '.join(flags)} -g {os.path.relpath(src, ROOT)}")
    print(f"{'part':58} {'raw B':>9} {'gzip B':>9}")
    for title, items in (("code", code), ("data", data)):
        whole, per = costs(items)
        for part, (raw, cost) in sorted(per.items(), key=lambda kv: -kv[1][1]):
            print(f"{part:58} {raw:9d} {cost:9d}")
        print(f"{'= ' + title + ' section, gzipped alone':58} {sum(len(b) for _, b in items):9d} {whole:9d}")


if __name__ == "__main__":
    main()
