#!/usr/bin/env python3
"""Hand-off test: DuckDB reads `joblens parse --ndjson` output, as README shows.

usage: duckdb_ndjson.py JOBLENS_BIN
Runs the CLI on a generated corpus (joblens synth) and on a small thread paste, reads the NDJSON with DuckDB's
read_json_auto(format='newline_delimited') and checks that DuckDB sees every posting with the CLI's values.
Prints '1 passed, 0 failed' (or the failure) as its closing line.
"""
import json
import os
import subprocess
import sys
import tempfile

import duckdb


def main():
    joblens = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        corpus = os.path.join(d, "synth.md")
        with open(corpus, "w") as f:
            f.write(subprocess.run([joblens, "synth", "2000"], check=True, capture_output=True, text=True).stdout)
        out = os.path.join(d, "postings.ndjson")
        with open(out, "w") as f:
            subprocess.run([joblens, "parse", corpus, "--ndjson"], check=True, stdout=f, stderr=subprocess.DEVNULL)
        whole = json.loads(subprocess.run([joblens, "parse", corpus, "--json"], check=True, capture_output=True,
                                          text=True).stdout)["postings"]
        con = duckdb.connect()
        rel = f"read_json_auto('{out}', format='newline_delimited')"
        n, = con.execute(f"SELECT count(*) FROM {rel}").fetchone()
        assert n == len(whole) == 2000, (n, len(whole))
        with_pay, = con.execute(f"SELECT count(*) FROM {rel} WHERE salary IS NOT NULL").fetchone()
        assert with_pay == sum(1 for p in whole if p["salary"]), with_pay
        median, = con.execute(f"SELECT median(salary.min) FROM {rel} WHERE salary.currency = 'CNY'").fetchone()
        mins = sorted(p["salary"]["min"] for p in whole if p["salary"] and p["salary"]["currency"] == "CNY"
                      and p["salary"]["min"] is not None)
        assert mins and abs(median - (mins[(len(mins) - 1) // 2] + mins[len(mins) // 2]) / 2) < 1e-6, median
        python, = con.execute(f"SELECT count(*) FROM {rel} WHERE list_contains(skills, 'Python')").fetchone()
        assert python == sum(1 for p in whole if "Python" in p["skills"]), python
    print(f"DuckDB read {n} postings ({with_pay} with pay, {python} naming Python), as the CLI wrote them")
    print("1 passed, 0 failed")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"DuckDB hand-off: {e!r}")
        print("0 passed, 1 failed")
        sys.exit(1)
