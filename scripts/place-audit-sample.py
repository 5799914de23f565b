#!/usr/bin/env python3
"""Samples N random articles per real corpus for the place precision audit (PlaceAudit reads the output).

Usage: scripts/place-audit-sample.py [N] [OUT_DIR] [SHARED_DIR]  (defaults 200, target/place-audit, /work/shared)
Writes OUT_DIR/<corpus>.tsv: lang TAB text, with backslash, tab and newline escaped (\\ \t \n). The seed is fixed
so that before/after audits read the same articles. Corpus text stays outside the project (target/ is not versioned).
"""
import csv, glob, gzip, json, os, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
out = sys.argv[2] if len(sys.argv) > 2 else "target/place-audit"
shared = sys.argv[3] if len(sys.argv) > 3 else "/work/shared"
corpora = os.path.join(shared, "corpora")
csv.field_size_limit(1 << 30)


def fakes():
    with open(os.path.join(corpora, "fakes-syria", "fakes-articles.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            yield r.get("article_content") or ""


def jsonl(name):
    with gzip.open(os.path.join(corpora, name, name + ".jsonl.gz"), "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            yield "\n".join(x for x in (d.get("title"), d.get("maintext") or d.get("text")) if x)


def folder(name):
    for p in sorted(glob.glob(os.path.join(corpora, name, "*.txt"))):
        with open(p, encoding="utf-8", errors="replace") as f:
            yield f.read()


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n")


os.makedirs(out, exist_ok=True)
for corpus, lang, gen in [("fakes-syria", "en", fakes), ("camille-be-fr", "fr", lambda: folder("camille-be-fr")),
                          ("gilets-jaunes-fr", "fr", lambda: jsonl("gilets-jaunes-fr")),
                          ("ant-arabic", "ar", lambda: jsonl("ant-arabic"))]:
    texts = [t for t in gen() if t.strip()]
    random.Random(42).shuffle(texts)
    with open(os.path.join(out, corpus + ".tsv"), "w", encoding="utf-8") as f:
        for t in texts[:n]:
            f.write(lang + "\t" + esc(t) + "\n")
    print(corpus, min(n, len(texts)), "of", len(texts))
