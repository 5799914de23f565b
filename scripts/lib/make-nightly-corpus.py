#!/usr/bin/env python3
"""Builds a corpus split into "nights" for scripts/fault-injection.sh, from the project's own sample corpus: the
sample articles replicated with varied outlets, dates and URLs, plus the sample's bad files, a late file for old
weeks, an exact duplicate and a same-text copy of earlier nights' articles, a corrected file and a removed file.
Usage: make-nightly-corpus.py SAMPLE_DIR OUT_DIR ARTICLES SEED
Writes OUT_DIR/nights/<k>/ (files to copy into the archive, keeping their times) and OUT_DIR/nights/<k>.remove
(archive file names to delete that night)."""
import gzip, json, os, random, shutil, sys, datetime as dt

sample, out, total, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(seed)
base = [json.loads(l) for l in open(os.path.join(sample, "jsonl/tigris-times.jsonl"))]
base += [json.loads(l) for l in gzip.open(os.path.join(sample, "jsonl/courrier-levant.jsonl.gz"), "rt")]
outlets = ["tigris-times.example", "courrier-levant.example", "gulf-monitor.example", "levant-post.example",
           "euphrates-daily.example", "nord-orient.example"]
start = dt.date(2021, 1, 4)  # a Monday: 2021-W01
nights = {1: (0, 4), 2: (4, 6), 3: (6, 8)}  # weeks covered by each night
share = {1: 0.5, 2: 0.3, 3: 0.2}
serial = 0

def article(day, outlet):
    global serial
    serial += 1
    a, b = rnd.sample(base, 2)
    text = a["maintext"] + " " + b["maintext"].split(". ")[0] + ". " + f"Dispatch {serial} filed on {day.isoformat()}."
    return {"url": f"https://{outlet}/news/{day.isoformat()}/{serial}", "title": a["title"] + f" ({serial})",
            "maintext": text, "date_publish": f"{day.isoformat()}T{rnd.randint(6, 22):02d}:{rnd.randint(0, 59):02d}:00Z",
            "source_domain": outlet, "language": a.get("language", "en")}

def write(path, records, gz=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    (gzip.open if gz else open)(path, "wb").write(data)

kept = {}
for k, (w0, w1) in nights.items():
    n = int(total * share[k])
    days = [start + dt.timedelta(days=d) for d in range(w0 * 7, w1 * 7)]
    files = {}
    for _ in range(n):
        day, outlet = rnd.choice(days), rnd.choice(outlets)
        files.setdefault((day, outlet), []).append(article(day, outlet))
    for (day, outlet), recs in sorted(files.items()):
        gz = rnd.random() < 0.3
        name = f"{outlet}_{day.isoformat()}.jsonl" + (".gz" if gz else "")
        write(os.path.join(out, "nights", str(k), name), recs, gz)
        kept.setdefault(k, []).append((name, recs, gz))
    open(os.path.join(out, "nights", f"{k}.remove"), "w").close()

# Night 1 also carries the sample's bad files (every quarantine reason) and its other formats.
for sub in ("bad", "csv", "text", "warc"):
    for f in sorted(os.listdir(os.path.join(sample, sub))):
        shutil.copy(os.path.join(sample, sub, f), os.path.join(out, "nights", "1", f"{sub}-{f}"))
# Night 2: late articles for week 1, an exact duplicate (same URL) and a same-text copy of night-1 articles.
old = kept[1][0][1][0]
late = [article(start + dt.timedelta(days=rnd.randint(0, 6)), rnd.choice(outlets)) for _ in range(5)]
copy = dict(old, url=old["url"].replace("/news/", "/wire/"), source_domain="levant-post.example")
write(os.path.join(out, "nights", "2", "late-week1.jsonl"), late + [dict(old), copy])
# Night 3: a corrected night-1 file (one record dropped, one title changed) and a night-2 file removed.
name, recs, gz = kept[1][1]
fixed = [dict(r) for r in recs[1:]] or [article(start, "tigris-times.example")]
fixed[0]["title"] = fixed[0]["title"] + " (corrected)"
write(os.path.join(out, "nights", "3", name), fixed, gz)
with open(os.path.join(out, "nights", "3.remove"), "w") as f:
    f.write(kept[2][0][0] + "\n")
print(f"{serial} articles in {sum(len(v) for v in kept.values())} files over {len(nights)} nights")
