#!/usr/bin/env python3
"""Scores a /api/v1/compare answer against the cross_source part of a seeds-gold.json.

    compare_score.py GOLD.json ANSWER.json

Articles are matched to gold files by outlet: the evaluation stores each file with its name (without .txt) as
the outlet. The matchers are deliberately plain and the same for every story:

- a gold conflict is found when one reported conflict has two sides whose mentions come from gold articles with
  different gold values, and the gold values' words (numbers as digits) appear in the reported sides (value or
  mention text); it is found "with the right kind" when the kinds agree as well;
- a gold corroboration is found when one cluster has mentions from every listed article and at least half the
  content words of the gold 'what' appear in its summary or mention texts;
- a trap (not_conflicts) is hit when a reported conflict's sides carry two of the values the trap names (its
  numbers and quoted phrases) on different sides;
- rewrite pairs are compared as unordered pairs of files.
Every reported conflict that matches no gold conflict is listed.
"""
import json
import re
import sys

STOP = set("""a an the of to in on at for by with from and or but as is are was were be been it its this that these
those he she they we i his her their our who whom which what when where while after before into about over under up
down out more most other some any all each both few said says say told according than then so such also only not no
will would can could should may might must has have had do does did""".split())
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
                "fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}


def words(text):
    out = []
    for w in re.findall(r"[A-Za-z]+|\d[\d,.]*\d|\d", text.replace("’", "'")):
        w = w.lower().replace(",", "")
        w = NUMBER_WORDS.get(w, w)
        if w in STOP:
            continue
        out.append(stem(w))
    return out


def stem(w):
    if w[0].isdigit():
        return w
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def side_text(side):
    return " ".join([side["value"]] + [m["text"] for m in side["mentions"]])


def main(gold_path, answer_path):
    gold = json.load(open(gold_path))["cross_source"]
    answer = json.load(open(answer_path))
    file_of = {}
    for a in answer["articles"]:
        file_of[a["id"]] = a["outlet"] + ".txt"
    short = lambda f: f.split("_")[0]

    # Conflicts
    matched_reported = set()
    right_kind = 0
    print("Gold conflicts (%d):" % len(gold["conflicts"]))
    for g in gold["conflicts"]:
        hit = None
        for ci, c in enumerate(answer["conflicts"]):
            sides = []
            for s in c["sides"]:
                values = {g["values"][file_of[m["articleId"]]] for m in s["mentions"] if file_of[m["articleId"]] in g["values"]}
                sides.append((values, set(words(side_text(s)))))
            ok = False
            for i in range(len(sides)):
                for j in range(len(sides)):
                    if i == j:
                        continue
                    for vi in sides[i][0]:
                        for vj in sides[j][0]:
                            if vi != vj and set(words(vi)) & sides[i][1] and set(words(vj)) & sides[j][1]:
                                ok = True
            if ok:
                matched_reported.add(ci)
                if hit is None or (c["kind"] == g["kind"] and hit["kind"] != g["kind"]):
                    hit = c
        if hit is None:
            status = "MISSED"
        elif hit["kind"] == g["kind"]:
            status = "found (%s)" % hit["kind"]
            right_kind += 1
        else:
            status = "found as %s, gold says %s" % (hit["kind"], g["kind"])
        print("  %-22s %-11s %s" % (g["id"], g["kind"], status))

    # Corroborations
    found_corr = 0
    print("Gold corroborations (%d):" % len(gold["corroborated"]))
    for g in gold["corroborated"]:
        need = set(g["articles"])
        what = set(words(g["what"]))
        best = None
        for c in answer["clusters"]:
            files = {file_of[m["articleId"]] for m in c["mentions"]}
            text = set(words(" ".join([c["summary"]] + [m["text"] for m in c["mentions"]])))
            overlap = len(what & text) / max(1, len(what))
            if need <= files and overlap >= 0.5:
                if best is None or len(c["mentions"]) < len(best["mentions"]):
                    best = c
        if best:
            found_corr += 1
            print("  %-22s found  (cluster of %d mentions, %d outlets)" % (g["id"], len(best["mentions"]), len(best["outlets"])))
        else:
            partial = max((len(need & {file_of[m["articleId"]] for m in c["mentions"]}) for c in answer["clusters"]
                           if len(what & set(words(" ".join([c["summary"]] + [m["text"] for m in c["mentions"]])))) / max(1, len(what)) >= 0.5),
                          default=0)
            print("  %-22s MISSED (best cluster on topic covers %d of %d articles)" % (g["id"], partial, len(need)))

    # Traps
    traps_clean = 0
    print("Traps, where no conflict belongs (%d):" % len(gold["not_conflicts"]))
    for t in gold["not_conflicts"]:
        names = set(re.findall(r"\d+", t["why"])) | {q.lower() for q in re.findall(r"'([^']+)'", t["why"])}
        hits = []
        for c in answer["conflicts"]:
            carried = []
            for s in c["sides"]:
                text = side_text(s).lower()
                digits = set(re.findall(r"\d+", text.replace(",", "")))
                carried.append({n for n in names if (n.isdigit() and n in digits) or (not n.isdigit() and n in text)})
            pairs = {(a, b) for i, x in enumerate(carried) for j, y in enumerate(carried) if i != j for a in x for b in y if a != b}
            if pairs:
                hits.append(c)
        traps_clean += not hits
        print("  %-22s %s" % (t["id"], "0 conflicts" if not hits else "%d conflict(s): %s" % (len(hits), "; ".join(h["about"][:60] for h in hits))))

    # Rewrites
    reported_pairs = set()
    for g in answer["rewriteGroups"]:
        files = sorted(file_of[i] for i in g["articleIds"])
        for i in range(len(files)):
            for j in range(i + 1, len(files)):
                reported_pairs.add((files[i], files[j]))
    gold_pairs = {tuple(sorted(p)) for p in gold["near_duplicates"]}
    found_pairs = reported_pairs & gold_pairs
    extra_pairs = reported_pairs - gold_pairs
    print("Rewrite pairs: gold %s; found %d of %d; other pairs reported: %s" % (
        ", ".join("~".join(short(f) for f in p) for p in sorted(gold_pairs)), len(found_pairs), len(gold_pairs),
        ", ".join("~".join(short(f) for f in p) for p in sorted(extra_pairs)) or "none"))

    unmatched = [c for ci, c in enumerate(answer["conflicts"]) if ci not in matched_reported]
    print("Reported conflicts the gold does not have (%d):" % len(unmatched))
    for c in unmatched:
        print("  - %s [%s] about %r" % (c["kind"], c.get("basis", ""), c["about"][:90]))
        for s in c["sides"]:
            print("      %r: %s" % (s["value"][:70], ", ".join(sorted({short(file_of[m["articleId"]]) for m in s["mentions"]}))))

    print()
    print("SUMMARY conflicts %d/%d with the right kind; corroborations %d/%d; traps without conflicts %d/%d; "
          "rewrite pairs %d/%d, other pairs %d; conflicts not in gold %d" % (
              right_kind, len(gold["conflicts"]), found_corr, len(gold["corroborated"]), traps_clean,
              len(gold["not_conflicts"]), len(found_pairs), len(gold_pairs), len(extra_pairs), len(unmatched)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
