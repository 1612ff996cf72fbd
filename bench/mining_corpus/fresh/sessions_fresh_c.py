"""Hand-written sessions of the "fresh" corpus, format C: `hermes sessions export` JSONL, several sessions per file (data only; see make_fresh.py)."""

from sessions_fresh import A, S, U

# ==========================================================================
# Format C: `hermes sessions export` JSONL, several sessions per file
# ==========================================================================

SESSIONS = [
    # ---- hermes_export_2026-05-20.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-19T10:12:40", [
        U("regex for UK postcodes? it's for a signup form", "plain"),
        A("""Here's a comprehensive regular expression that validates UK postcodes according to the official format rules:

```
^(([Gg][Ii][Rr] 0[Aa]{2})|((([A-Za-z][0-9]{1,2})|(([A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2})|(([A-Za-z][0-9][A-Za-z])|([A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z]?))))\\s?[0-9][A-Za-z]{2}))$
```

**How it works:**
- `GIR 0AA` is a special-case postcode originally used by Girobank.
- The outward code can take several forms: A9, A99, AA9, AA99, A9A, or AA9A.
- Certain letters are not used in certain positions (for example, I, J and Z don't appear in the second position).
- The inward code is always a digit followed by two letters.
- `\\s?` allows an optional space.

Note that a regex can only check the format; to confirm that a postcode actually exists you'd need to look it up against Royal Mail's Postcode Address File (PAF) or a service like postcodes.io."""),
        U("something a human can read would be better. it only has to catch obvious typos", "instead"),
        A("`^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$` with the case-insensitive flag. It accepts all the normal formats and rejects things like missing digits or swapped halves."),
        U("ta", "acceptance"),
        A("Try it on \"SW1A 1AA\" and \"B33 8TH\" before you ship it."),
    ], title="UK postcode regex"),

    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-19T16:47:05", [
        U("my bank's csv export uses semicolons instead of commas. how do I get it into a dataframe", "plain"),
        A("""You can parse it with Python's built-in `csv` module and then build the DataFrame yourself:

```python
import csv
import pandas as pd

rows = []
with open("export.csv", newline="", encoding="utf-8") as f:
    reader = csv.reader(f, delimiter=";")
    header = next(reader)
    for row in reader:
        rows.append(row)

df = pd.DataFrame(rows, columns=header)
```

Note that all columns will be strings, so you'll need to convert numeric columns with `pd.to_numeric`."""),
        U("surely pandas can read it directly? I don't want to hand-roll the parsing with csv", "reject_approach"),
        A("""`df = pd.read_csv("export.csv", sep=";", decimal=",")`

`decimal=","` is there because semicolon exports usually use commas for decimals too; with it, amounts come through as numbers."""),
        U("oh the decimal thing was going to be my next question. nice", "acceptance"),
        A("If the dates look like 31.05.2026, add `dayfirst=True, parse_dates=[\"Date\"]`."),
    ], title="Semicolon CSV into pandas"),

    S("C", "hermes_export_2026-05-20.jsonl", "2026-05-20T08:03:51", [
        U("hey timmy, you alive after the update?", "plain"),
        A("Alive and answering. What's up?"),
        U("nothing, just checking the new model loaded", "plain"),
        A("It did. Want me to run a quick check of the terminal tool as well?"),
        U("nah, all good", "decline_offer"),
        A("Okay."),
    ], title="Checking in"),

    # ---- hermes_export_2026-05-23.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-22T11:20:14", [
        U("how do I undo my last commit but keep the changes", "plain"),
        A("Use `git reset --hard HEAD~1`. This moves your branch back one commit, so the last commit is removed from history. If you've already pushed, you'll need to force-push with `git push --force`."),
        U("--hard throws away the changes, doesn't it?? that's the opposite of what I want", "explicit"),
        A("Yes, sorry. Use `git reset --soft HEAD~1`: the commit is undone and its changes stay staged. (`git reset HEAD~1` with no flag also keeps them, but unstaged.)"),
        U("ok did soft. now I want to split those changes into two commits", "followup"),
        A("Unstage everything with `git reset`, then `git add -p` to pick the hunks for the first commit, `git commit`, and repeat for the second."),
        U("add -p is magic", "acceptance"),
        A("It is. Press `s` to split a hunk that's too big."),
    ], title="Undo last git commit"),

    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-22T20:31:09", [
        U("plan 3 days in Lisbon for me and my partner. we like food, walking, viewpoints. we hate museums", "plain"),
        A("""**Day 1 — Belém:** Jerónimos Monastery, the Maritime Museum, and MAAT, finishing with pastéis de Belém.
**Day 2 — Baixa & Chiado:** the Gulbenkian Museum in the morning, the MUDE design museum, then dinner in Bairro Alto.
**Day 3 — Alfama:** the National Tile Museum, the Fado Museum, and sunset at Miradouro de Santa Luzia."""),
        U("we hate museums. that's like 7 museums", "echo"),
        A("""**Day 1 — Alfama & Graça:** wander the lanes up to São Jorge Castle, lunch at a tasca, sunset at Miradouro da Senhora do Monte.
**Day 2 — Baixa, Chiado & Bairro Alto:** Time Out Market for lunch, walk up to Miradouro de São Pedro de Alcântara, dinner and drinks in Bairro Alto.
**Day 3 — Belém:** the National Coach Museum and the Maritime Museum, then pastéis de Belém."""),
        U("days 1 and 2 are great. day 3 has museums again though", "partial", second=True),
        A("**Day 3 — LX Factory & the river:** brunch at LX Factory, walk along the river to Belém for pastéis de Belém (skip the monuments), then the 15E tram back and dinner in Cais do Sodré."),
        U("great, that works. can you squash all 3 days into a short note I can send her, like 5 lines", "followup"),
        A("""Lisbon plan ✈️
Day 1: Alfama lanes → castle → sunset at Senhora do Monte
Day 2: Time Out Market → São Pedro de Alcântara → Bairro Alto night
Day 3: LX Factory brunch → river walk to Belém for pastéis → Cais do Sodré dinner
No museums, promise."""),
        U("haha perfect", "acceptance"),
        A("Have a great trip."),
    ], title="Lisbon long weekend"),

    S("C", "hermes_export_2026-05-23.jsonl", "2026-05-23T07:55:42", [
        U("if it's 18:30 in Sydney on 14 March, what time is it in London", "plain"),
        A("Sydney is 10 hours ahead of London, so 18:30 in Sydney is 08:30 in London."),
        U("hm, isn't Sydney still on daylight saving mid-March? pretty sure you're an hour out", "explicit"),
    ], title="Sydney to London time"),

    # ---- hermes_export_2026-05-27.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-25T14:06:33", [
        U("excel formula to show the day of the week for the date in A2", "plain"),
        A("`=WEEKDAY(A2)` returns the day of the week as a number from 1 (Sunday) to 7 (Saturday). You can change the numbering with the second argument, e.g. `=WEEKDAY(A2, 2)` makes Monday 1."),
        U("need the actual day name, e.g. Thursday", "repeat_narrow"),
        A("`=TEXT(A2, \"dddd\")` gives \"Thursday\"; `\"ddd\"` gives \"Thu\"."),
        U("there we go", "acceptance"),
        A("If your Excel is set to another language the format code can differ, e.g. \"TTTT\" in German."),
    ], title="Weekday name formula"),

    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-26T09:41:18", [
        U("my laptop takes forever to wake from sleep, like 30+ seconds", "plain"),
        A("Which laptop, the MacBook or the Windows work one?"),
        U("the work one, a dell latitude 5440 with windows 11", "clarify_answer"),
        A("""Most likely culprits on Latitudes:

1. **Fast Startup / hibernate** — if it's hibernating instead of sleeping, waking takes much longer. In Power Options, untick "Turn on fast startup" and check the hibernate timeout.
2. **BitLocker pre-boot PIN** after hibernate adds more time on top.
3. **Outdated BIOS and Intel graphics drivers** — run Dell Command | Update.

Start with 3; it's the most common fix."""),
        U("IT locks down the BIOS stuff but I'll ask them. trying fast startup first", "plain"),
        A("That setting needs admin rights on most managed laptops too, so it's worth mentioning both to IT."),
    ], title="Slow wake from sleep"),

    S("C", "hermes_export_2026-05-27.jsonl", "2026-05-27T17:12:56", [
        U("Wie lange backe ich ein Sauerteigbrot im Gusseisentopf bei 250 Grad?", "plain"),
        A("Ein Sauerteigbrot im Gusseisentopf sollte etwa 90 Minuten bei 250 °C backen, damit es innen vollständig durchgebacken ist."),
        U("90 Minuten bei 250? Dann hab ich Kohle im Topf 😅 das stimmt doch nicht", "explicit"),
        A("Stimmt, das war viel zu lang. Üblich sind 20 Minuten mit Deckel bei 250 °C, dann Deckel runter und weitere 20–25 Minuten bei etwa 230 °C, bis die Kruste schön dunkel ist. Bei etwa 96 °C Kerntemperatur ist es fertig."),
        U("Danke, so mache ich's", "acceptance"),
        A("Gutes Gelingen!"),
    ], title="Sauerteigbrot Backzeit"),

    # ---- hermes_export_2026-05-30.jsonl -------------------------------------
    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-28T13:27:04", [
        U("count the lines in all the .py files in ~/code/birdfeeder", "plain"),
        A("""Here's a small Python script that does it:

```python
import os

total = 0
for root, dirs, files in os.walk(os.path.expanduser("~/code/birdfeeder")):
    for name in files:
        if name.endswith(".py"):
            with open(os.path.join(root, name), encoding="utf-8", errors="ignore") as f:
                total += sum(1 for _ in f)
print(total)
```

Save it as `count_lines.py` and run `python3 count_lines.py`."""),
        U("no script please, I want a shell one-liner", "reject_approach"),
        A("`find ~/code/birdfeeder -name '*.py' -print0 | xargs -0 cat | wc -l`"),
        U("cheers, 4,212", "acceptance"),
        A("That includes blank lines and comments; `cloc` splits them out if you ever want that."),
    ], title="Count Python lines"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-29T18:05:37", [
        U("5 vegetarian dinners for next week. no mushrooms (partner hates them), each under 30 mins", "plain"),
        A("""1. Creamy mushroom risotto (45 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and roasted veg traybake (35 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("mushroom risotto is literally first, and two of these are over 30 min", "explicit"),
        A("""1. Stuffed portobello mushrooms with feta (25 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and veg skewers (25 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("portobellos are mushrooms 😂 no mushrooms means none at all", "echo", second=True),
        A("""1. Egg fried rice with edamame (20 min)
2. Chickpea and spinach curry (25 min)
3. Halloumi and veg skewers (25 min)
4. Black bean tacos (20 min)
5. Pesto pasta with peas (15 min)"""),
        U("perfect. now a shopping list for all 5", "followup"),
        A("""**Veg:** spinach 200 g, 2 peppers, 1 courgette, 1 red onion, 2 spring onions, 1 lime, garlic, ginger
**Fridge/freezer:** halloumi 250 g, frozen edamame, frozen peas, 4 eggs, fresh pesto
**Cupboard:** 2 tins chickpeas, 1 tin coconut milk, 2 tins black beans, rice, pasta, taco shells, curry paste, soy sauce

Check what you already have before buying the cupboard stuff."""),
        U("legend, thanks", "acceptance"),
        A("Enjoy the week."),
    ], title="Vegetarian dinners"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-29T21:48:12", [
        U("whats 15% of 86.40", "plain"),
        A("12.96"),
        U("thx. and that split 3 ways?", "followup"),
        A("4.32 each."),
        U("👌", "acceptance"),
        A("👍"),
    ], title="Tip maths"),

    S("C", "hermes_export_2026-05-30.jsonl", "2026-05-30T10:16:29", [
        U("scale my soup recipe up to serve 10", "plain"),
        A("Happy to. Can you paste the recipe? I don't have it in this chat."),
        U("red lentil soup: 300g red lentils, 1 onion, 2 carrots, 1.2 l veg stock, 1 tsp cumin, juice of half a lemon. serves 4", "clarify_answer"),
        A("""For 10 (×2.5):

- 750 g red lentils
- 2–3 onions
- 5 carrots
- 3 l veg stock
- 2½ tsp cumin
- juice of 1¼ lemons (just use 1 and taste)

You'll need a pot of at least 5 litres."""),
        U("🙏 perfect", "acceptance"),
        A("Enjoy the soup."),
    ], title="Scale lentil soup"),
]
