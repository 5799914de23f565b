#!/usr/bin/env python3
"""Writes src/test/resources/sample-corpus/ from scripts/sample_articles.py: JSON Lines (plain and gzip), CSV, text
files, a WARC, and bad/ with one file per hostile case. Deterministic: the same bytes on every run (gzip mtime 0,
seeded padding). Run from the project root: python3 scripts/make-sample-corpus.py"""
import gzip, io, json, os, random, sys, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_articles import TIGRIS, COURRIER, GULF, ECHO, DESERT

OUT = "src/test/resources/sample-corpus"


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
        g.write(data)
    return buf.getvalue()


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def np_line(url, title, text, date, domain, lang, **extra):
    d = {"url": url, "title": title, "maintext": text, "date_publish": date, "source_domain": domain,
         "language": lang, "date_download": "2021-02-01 00:00:00"}
    d.update(extra)
    return json.dumps(d, ensure_ascii=False)


# ---- warc helpers
def warc_record(wtype, uri, date, ctype, block: bytes, declared=None):
    rid = uuid.uuid5(uuid.NAMESPACE_URL, f"{wtype} {uri} {date}")
    h = [f"WARC/1.0", f"WARC-Type: {wtype}", f"WARC-Record-ID: <urn:uuid:{rid}>", f"WARC-Date: {date}"]
    if uri:
        h.append(f"WARC-Target-URI: {uri}")
    h += [f"Content-Type: {ctype}", f"Content-Length: {len(block) if declared is None else declared}"]
    return ("\r\n".join(h) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(status, ctype, body: bytes):
    reason = {200: "OK", 404: "Not Found", 301: "Moved Permanently"}[status]
    head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def http_request(url):
    host = url.split("/")[2]
    path = "/" + "/".join(url.split("/")[3:])
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: newsatlas-sample\r\n\r\n".encode()


def page(title, published, lang, paragraphs, heavy=False):
    ps = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    scripts = "<script>window.dataLayer=[];function track(e){dataLayer.push(e)};track('view');</script>" * (
        20 if heavy else 1)
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{meta}'
            f"<style>.nav{{display:flex}}</style>{scripts}</head><body>"
            '<header><a href="/">Desert Wire</a><a href="/en">English</a><a href="/fr">Français</a></header>'
            '<nav><ul><li><a href="/iraq">Iraq</a></li><li><a href="/syria">Syria</a></li>'
            '<li><a href="/gulf">Gulf</a></li></ul></nav>'
            f"<main><article><h1>{title}</h1>\n{ps}</article></main>"
            "<aside><h2>Most read</h2><p>Subscribe to our newsletter to receive the headlines every morning.</p></aside>"
            "<form><input name=q><button>Search</button></form>"
            "<footer><p>© Desert Wire. All rights reserved. Terms of use and privacy policy.</p></footer>"
            f"{scripts}</body></html>").encode("utf-8")


def response(url, date, status, ctype, body):
    return warc_record("response", url, date, "application/http; msgtype=response", http_response(status, ctype, body))


def main():
    # ---- jsonl
    write("jsonl/tigris-times.jsonl",
          "".join(np_line(u, t, x, d, "tigris-times.example", "en") + "\n" for u, t, d, x in TIGRIS))
    write("jsonl/courrier-levant.jsonl.gz",
          gz("".join(np_line(u, t, x, d, "courrier-levant.example", "fr") + "\n" for u, t, d, x in COURRIER)
             .encode()))
    # ---- csv (own column names, day-first dates)
    rows = ["link,headline,body,published,source,language"]
    for u, t, d, x in GULF:
        rows.append(",".join([u, '"' + t.replace('"', '""') + '"', '"' + x.replace('"', '""') + '"', d,
                              "Gulf Monitor", "en"]))
    write("csv/gulf-monitor.csv", "\r\n".join(rows) + "\r\n")
    # ---- text files, title on the first line
    for outlet, date, slug, title, text in ECHO:
        write(f"text/{outlet}_{date}_{slug}.txt", title + "\n\n" + text + "\n")
    # ---- warc
    recs = [warc_record("warcinfo", None, "2021-01-20T00:00:00Z", "application/warc-fields",
                        b"software: newsatlas make-sample-corpus.py\r\nformat: WARC File Format 1.0\r\n")]
    for url, title, pub, lang, paras in DESERT:
        recs.append(warc_record("request", url, pub[:19] + "Z", "application/http; msgtype=request", http_request(url)))
        recs.append(response(url, "2021-01-20T01:00:00Z", 200, "text/html; charset=utf-8",
                             page(title, pub, lang, paras)))
    recs.append(response("https://www.desert-wire.example/en/2021/01/05/removed", "2021-01-20T01:00:01Z", 404,
                         "text/html", b"<html><body><p>Page not found</p></body></html>"))
    recs.append(response("https://www.desert-wire.example/static/logo.png", "2021-01-20T01:00:02Z", 200,
                         "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(64))))
    write("warc/sample.warc.gz", b"".join(gz(r) for r in recs))  # one gzip member per record, as CC-NEWS does

    # ---- bad/: one file per hostile case
    write("bad/malformed-json.jsonl",
          '{"url": "https://www.tigris-times.example/iraq/unfinished", "title": "Unfinished record", "maintext": \n')
    write("bad/invalid-utf8.jsonl", b'{"url":"https://www.tigris-times.example/iraq/enc","maintext":"Bad bytes '
          b'\xc3\x28 in the middle","date_publish":"2021-01-06","source_domain":"tigris-times.example"}\n')
    write("bad/latin1.jsonl", np_line("https://courrier-levant.example/irak/latin1", "Arrestations à Fallouja",
                                      "Les forces irakiennes ont arrêté deux suspects à Fallouja.",
                                      "2021-01-06 10:00:00", "courrier-levant.example", "fr").encode("latin-1")
          + b"\n")
    write("bad/empty-text.jsonl", np_line("https://www.tigris-times.example/iraq/empty", "Headline without body",
                                          "   \n  ", "2021-01-06 10:00:00", "tigris-times.example", "en") + "\n")
    write("bad/missing-date.jsonl", np_line("https://www.tigris-times.example/iraq/undated", "Undated item",
                                            "Police in Najaf said a curfew was lifted after a week of calm.", None,
                                            "tigris-times.example", "en") + "\n")
    write("bad/unparseable-date.jsonl", np_line("https://www.tigris-times.example/iraq/vague-date", "Vague date",
                                                "A bridge over the Tigris in Mosul reopened to traffic.",
                                                "sometime last winter", "tigris-times.example", "en") + "\n")
    write("bad/future-date.jsonl", np_line("https://www.tigris-times.example/iraq/future", "From the future",
                                           "Officials in Baghdad announced a census for next year.",
                                           "2099-06-01 09:00:00", "tigris-times.example", "en") + "\n")
    write("bad/missing-outlet.jsonl", np_line(None, "Nobody's article",
                                              "Farmers near Kirkuk complained about the shortage of water.",
                                              "2021-01-06 10:00:00", None, "en") + "\n")
    write("bad/binary-junk.jsonl", b"\x00" * 200 + b"\x01\x02\x03\xff\xfe" + b"\x00" * 50 + b"\n")
    write("bad/deep-nesting.jsonl", '{"maintext": "x", "payload": ' + '{"a": ' * 10000 + "1" + "}" * 10000 + "}\n")
    # truncated gzip: three records padded with incompressible text, cut within the third
    rnd = random.Random(20210101)
    pad = lambda: "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(3000))
    trunc = [
        np_line("https://www.tigris-times.example/iraq/samarra-convoy", "Convoy attacked near Samarra",
                "A roadside bomb hit a logistics convoy on the highway near Samarra on Tuesday, damaging a truck. "
                "No one was hurt, a security source said. Such convoys carry supplies for the US-led coalition.",
                "2021-01-12 08:00:00", "tigris-times.example", "en", padding=pad()),
        np_line("https://www.tigris-times.example/iraq/nasiriyah-convoy", "Second convoy attack in a week, near Nasiriyah",
                "Another supply convoy was targeted by an explosive device near Nasiriyah on Saturday. The attack "
                "caused minor damage to one vehicle. A little-known group claimed responsibility online.",
                "2021-01-16 18:00:00", "tigris-times.example", "en", padding=pad()),
        np_line("https://www.tigris-times.example/iraq/lost", "This record is cut off", "Lost text.",
                "2021-01-17 18:00:00", "tigris-times.example", "en", padding=pad()),
    ]
    full = gz(("\n".join(trunc) + "\n").encode())
    write("bad/truncated.jsonl.gz", full[: len(full) * 5 // 6])
    # concatenated gzip members (what `cat a.gz b.gz` makes)
    write("bad/concatenated.jsonl.gz",
          gz((np_line("https://courrier-levant.example/irak/bassora-port", "Le port de Bassora modernisé",
                      "Les travaux d'agrandissement du port d'Oum Qasr, près de Bassora, ont repris lundi. Le chantier "
                      "doit permettre d'accueillir de plus grands navires.", "2021-01-11 09:00:00",
                      "courrier-levant.example", "fr") + "\n").encode())
          + gz((np_line("https://courrier-levant.example/syrie/hassake-prison", "Tension à la prison de Hassaké",
                        "Des détenus de Daech se sont mutinés dimanche dans une prison de Hassaké, selon les forces "
                        "kurdes. Le calme a été rétabli après plusieurs heures.", "2021-01-17 20:00:00",
                        "courrier-levant.example", "fr") + "\n").encode()))
    write("bad/ragged.csv", "link,headline,body,published,source,language\r\n"
          "https://gulf-monitor.example/news/2021/01/09/doha-flights,Flights resume between Doha and Riyadh,"
          "\"Qatar Airways resumed flights to Riyadh on Saturday, a day after the border reopened.\","
          "09/01/2021 18:00,Gulf Monitor,en\r\n"
          "https://gulf-monitor.example/news/2021/01/10/ragged,Ragged row,only five fields,10/01/2021,Gulf Monitor\r\n"
          "https://gulf-monitor.example/news/2021/01/10/open,\"Quote never closed,body,10/01/2021,Gulf Monitor,en\r\n")
    good = response("https://www.desert-wire.example/en/2021/01/15/falluja-cells", "2021-01-20T02:00:00Z", 200,
                    "text/html", page("Raids on sleeper cells near Falluja", "2021-01-15T10:00:00Z", "en",
                                      ["Iraqi forces raided several hideouts of suspected ISIS sleeper cells near "
                                       "Falluja on Friday, the joint operations command said.",
                                       "Two suspects were detained and a cache of mortar rounds was seized."]))
    block = http_response(200, "text/html", page("Cut record", None, "en", ["This record claims to be longer."]))
    bad = warc_record("response", "https://www.desert-wire.example/en/2021/01/16/cut", "2021-01-20T02:00:01Z",
                      "application/http; msgtype=response", block, declared=len(block) + 100000)
    write("bad/bad-length.warc.gz", gz(good) + gz(bad))
    write("bad/html-scripts.warc", response(
        "https://www.desert-wire.example/en/2021/01/18/hit-base", "2021-01-20T03:00:00Z", 200,
        "text/html; charset=utf-8",
        page("Rocket attack on Ain al-Asad base", "2021-01-18T06:00:00Z", "en",
             ["Several rockets struck the Ain al-Asad air base in Anbar province early on Monday, the coalition said.",
              "The base hosts US and coalition troops; there were no injuries, according to a spokesman."],
             heavy=True)))
    write("bad/notes.txt", "Editor's notes: this file is not an article and has no outlet or date in its name.\n")
    u, t, d, x = TIGRIS[0]
    write("bad/duplicate-url.jsonl",
          np_line(u + "?utm_source=newsletter&utm_medium=email", t, x, d, "tigris-times.example", "en") + "\n")
    u, t, d, x = TIGRIS[1]
    write("bad/syndicated-copy.jsonl",
          np_line("https://www.desert-wire.example/en/2021/01/05/kirkuk-cell-arrested", t, x, "2021-01-05 11:00:00",
                  "desert-wire.example", "en") + "\n")


if __name__ == "__main__":
    main()
