#!/usr/bin/env python3
"""Build the `fresh2` hand-labelled preference-mining corpus.

Every user turn, assistant reply and tool call below is hand-written data. This script
only lays the sessions out in the five export formats and derives labels.jsonl from the
same data (so texts and labels cannot drift). Standard library only, deterministic.

    python3 bench/mining_corpus/fresh2/make_fresh2.py
"""

import datetime as _dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

CORRECTION_KINDS = ["explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"]
NEGATIVE_KINDS = ["decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"]
ALL_KINDS = CORRECTION_KINDS + NEGATIVE_KINDS

SYSTEM_PROMPT = (
    "You are Timmy, a personal assistant for the Berg household, running locally through "
    "Hermes Agent on a Linux desktop (Ryzen 7, 64 GB RAM). You may use the terminal tool to "
    "run shell commands on this machine. Be helpful and keep answers to the point."
)

TERMINAL_TOOL = {
    "type": "function",
    "function": {
        "name": "terminal",
        "description": "Execute a shell command on the household desktop and return stdout/stderr.",
        "parameters": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "Shell command to execute."},
                "timeout": {"type": "integer", "description": "Timeout in seconds."},
            },
            "required": ["command"],
        },
    },
}

SHAREGPT_SYSTEM = (
    SYSTEM_PROMPT
    + "\n\nYou are a function calling AI model. You are provided with function signatures within "
    "<tools> </tools> XML tags. You may call one or more functions to assist with the user query. "
    "Don't make assumptions about what values to plug into functions.\n<tools>\n"
    + json.dumps([TERMINAL_TOOL["function"]])
    + "\n</tools>\nFor each function call return a JSON object with the function name and arguments "
    "within <tool_call> </tool_call> XML tags."
)

THINK = "<think>\n\n</think>\n"


def U(text, kind):
    assert kind in ALL_KINDS, kind
    return ("u", text, kind)


def A(text):
    return ("a", text)


def T(command, output, rc=0):
    return ("t", command, output, rc)


def DEC(decision, rationale):
    return ("dec", decision, rationale)


def ERR(error, context):
    return ("err", error, context)


def S(title, *items):
    return {"title": title, "items": list(items)}


FILES = []  # (fmt, name, sessions, opts)


def add(fmt, name, sessions, **opts):
    FILES.append((fmt, name, sessions, opts))


# ===========================================================================
# A: Hermes session JSON, one session per file
# ===========================================================================

add("A", "session_20260701_091422_e3a7c0.json", [S(
    "home folder disk usage",
    U("which folders in my home dir are using the most space? top 5 is enough", "plain"),
    T("du -h --max-depth=1 / 2>/dev/null | sort -rh | head -12",
      "212G\t/\n118G\t/home\n41G\t/usr\n22G\t/var\n14G\t/opt\n9.1G\t/snap\n3.2G\t/root\n1.1G\t/boot\n412M\t/etc\n96M\t/tmp\n12M\t/srv\n4.0K\t/mnt"),
    A("Here's the disk usage across the whole system:\n\n```\n212G\t/\n118G\t/home\n41G\t/usr\n22G\t/var\n14G\t/opt\n9.1G\t/snap\n3.2G\t/root\n1.1G\t/boot\n412M\t/etc\n96M\t/tmp\n12M\t/srv\n```\n\n/home is the largest at 118G, followed by /usr (mostly system packages) and /var, where logs and Docker images live. If you want to reclaim space, good places to start are `sudo apt autoremove`, `docker system prune` and `sudo journalctl --vacuum-size=200M`."),
    U("my home dir. the folders inside ~ , not the whole disk", "repeat_narrow"),
    T("du -h --max-depth=1 ~ 2>/dev/null | sort -rh | head -6",
      "118G\t/home/jonas\n51G\t/home/jonas/Videos\n19G\t/home/jonas/.cache\n17G\t/home/jonas/Downloads\n12G\t/home/jonas/.local\n9.4G\t/home/jonas/projects"),
    A("Top 5 inside your home folder:\n\n1. ~/Videos: 51G\n2. ~/.cache: 19G\n3. ~/Downloads: 17G\n4. ~/.local: 12G\n5. ~/projects: 9.4G"),
    U("19G of cache?? what is even in there", "followup"),
    T("du -h --max-depth=1 ~/.cache 2>/dev/null | sort -rh | head -5",
      "19G\t/home/jonas/.cache\n13G\t/home/jonas/.cache/huggingface\n4.1G\t/home/jonas/.cache/pip\n1.2G\t/home/jonas/.cache/mozilla\n380M\t/home/jonas/.cache/thumbnails"),
    A("Mostly model downloads: ~/.cache/huggingface is 13G, ~/.cache/pip is 4.1G, and the rest is Firefox cache and thumbnails. Want me to clear the pip cache? That's safe; pip just downloads packages again when it needs them."),
    U("No, leave pip alone. I'll go through the huggingface folder myself", "decline_offer"),
    A("Okay. `huggingface-cli scan-cache` lists every cached model with its size, which makes it easier to decide what to delete."),
    U("cool thanks", "acceptance"),
    A("You're welcome."),
)])

add("A", "session_20260702_184005_5b19d2.json", [S(
    "cover letter intro",
    U("Can you write a short intro paragraph for my cover letter? Applying for junior data analyst at Norrland Freight (logistics). I have 2 years in warehouse ops and did a SQL bootcamp. Keep it under 80 words.", "plain"),
    A("I am writing to express my enthusiastic interest in the Junior Data Analyst position at your esteemed company. With two years of hands-on experience in warehouse operations, I have developed a deep understanding of the complex supply chain processes that drive modern logistics. During this time, I consistently sought opportunities to improve efficiency, from optimising pick routes to reducing inventory discrepancies. Recently, I strengthened my technical toolkit by completing an intensive SQL bootcamp, where I learned to write complex queries, join large datasets and build dashboards that turn raw numbers into actionable insights. I am confident that my unique combination of operational knowledge and analytical skills makes me an ideal candidate, and I would welcome the opportunity to contribute to your team's continued success."),
    U("That's way over 80 words, and 'esteemed company' makes me cringe. Try again.", "explicit"),
    A("Two years running warehouse operations taught me where logistics data comes from, and how often it's wrong. After completing a SQL bootcamp, I want to work on the other side of those numbers. As a junior data analyst, I'd bring hands-on knowledge of picking, stock counts and shift planning, plus the SQL to query them. I'd love to help your team turn operational data into better decisions."),
    U("better, the length is ok now. but it still doesn't mention Norrland Freight anywhere, I gave you the name", "partial"),
    A("Two years running warehouse operations taught me where logistics data comes from, and how often it's wrong. After a SQL bootcamp, I want to work on the other side of those numbers. At Norrland Freight I'd bring hands-on knowledge of picking, stock counts and shift planning, plus the SQL to query them, to help turn operational data into better decisions."),
    U("yes thats it. thank you!!", "acceptance"),
    A("Good luck with the application!"),
)])

add("A", "session_20260703_072811_9c04fe.json", [S(
    "dripping kitchen tap",
    U("kitchen tap drips even when fully closed. how do i fix it", "plain"),
    A("Which kind of tap is it: one lever that moves up/down and left/right, or two separate handles you turn for hot and cold? The fix is different."),
    U("one lever", "clarify_answer"),
    A("Then it's almost certainly the cartridge.\n\n1. Shut off the two valves under the sink and open the tap to release pressure.\n2. Pop the cap off the lever, undo the screw, lift the lever off.\n3. Unscrew the retaining nut and pull the cartridge straight up.\n4. Look for a brand or size stamped on it so you can buy a match.\n5. Fit the new one the same way round and reassemble.\n\nA replacement cartridge is usually 15-40 euros."),
    U("the brand on it says Grohe, is there a model number somewhere too", "followup"),
    A("On Grohe cartridges it's usually printed on the side of the plastic body. If it has worn off, measure the diameter (35 mm and 46 mm are the common sizes) and take the old one to the shop."),
    U("46mm. ok got it, off to the shop", "acceptance"),
    A("Good luck. Bring the old one so they can match the spline on top."),
)])

add("A", "session_20260704_203317_41d8ab.json", [S(
    "slow invoicer tests",
    U("in my repo ~/code/invoicer the tests are slow. can you see which ones take longest?", "plain"),
    T("cd ~/code/invoicer && python -m pytest --durations=5 -q 2>&1 | tail -8",
      "........................................................ [100%]\n============================= slowest 5 durations =============================\n6.02s call     tests/test_pdf.py::test_render_full_invoice\n5.87s call     tests/test_pdf.py::test_render_credit_note\n2.11s setup    tests/test_db.py::test_migrations\n0.41s call     tests/test_totals.py::test_rounding_many\n0.12s call     tests/test_api.py::test_list_invoices\n58 passed in 15.38s"),
    A("The two PDF rendering tests take about 6 s each, so 12 of the 15 s total. Next is the migrations fixture setup at 2.1 s. Everything else is under half a second."),
    U("why would the pdf ones be so slow", "followup"),
    T("cd ~/code/invoicer && grep -n \"weasyprint\\|write_pdf\" tests/test_pdf.py invoicer/pdf.py",
      "tests/test_pdf.py:3:from invoicer.pdf import render_invoice\ninvoicer/pdf.py:2:from weasyprint import HTML\ninvoicer/pdf.py:41:    return HTML(string=html, base_url=TEMPLATES).write_pdf()"),
    A("Both tests go through `render_invoice`, which calls WeasyPrint's `write_pdf()` on a full invoice. Each call loads the fonts and lays the page out from scratch, and that is most of the 6 s."),
    U("ok how do I make them faster", "plain"),
    A("The most robust option is to move PDF generation to a headless Chrome service: run `browserless/chrome` in Docker, send it your HTML over HTTP and get the PDF back. Chrome's renderer is heavily optimised and typically renders an invoice in a few hundred milliseconds. You'd add a small client in `invoicer/pdf.py`, start the container in CI, and drop the WeasyPrint dependency entirely. As a bonus this fixes WeasyPrint's flexbox quirks."),
    U("I'm not rewriting the pdf pipeline and adding docker to speed up two tests. something in the test setup", "reject_approach"),
    A("Then keep WeasyPrint and stop paying for it twice:\n\n1. Render once with a module-scoped fixture that builds the PDF, and have both tests assert on that result.\n2. Mark them `@pytest.mark.slow` and run `pytest -m \"not slow\"` while you work; CI still runs everything.\n\nWith both, your everyday run drops from ~15 s to ~3 s."),
    U("did 2 for now, 3.2s. nice", "acceptance"),
    A("That'll make the edit-test loop much nicer."),
    U("different thing: what's a good name for a function that returns the invoices overdue by more than 30 days", "new_task"),
    A("`overdue_invoices(days=30)`: the default keeps call sites short and you can reuse it for 60 or 90."),
    U("👍", "acceptance"),
)])

add("A", "session_20260705_110240_c7e512.json", [S(
    "savings growth",
    U("If I put 250 a month into an account at 3.5% interest, how much do I have after 5 years? just the number, no formula please", "plain"),
    A("Great question! To work this out we use the future value of an annuity formula:\n\nFV = P × [((1 + r)^n − 1) / r]\n\nwhere P = 250, r = 0.035 / 12 = 0.0029167 and n = 60 months.\n\n(1.0029167)^60 = 1.19094, so (1.19094 − 1) / 0.0029167 = 65.466.\n\nFV = 250 × 65.466 ≈ 16,366.\n\nSo you would have about 16,366 after five years, of which 15,000 is your own deposits and about 1,366 is interest."),
    U("\"just the number, no formula\"", "echo"),
    A("About 16,366."),
    U("and if i bump it to 300 from next year?", "followup"),
    A("About 18,940."),
    U("ok, thats motivating", "acceptance"),
    A("It adds up. Want me to set a reminder for January to raise the standing order?"),
    U("no i'll do it in the bank app, thx", "decline_offer"),
)])

add("A", "session_20260706_083355_a02b6f.json", [S(
    "repeat prescription email",
    U("i need write email to my doctor office to ask for repeat prescription of my asthma inhaler (salbutamol). please short", "plain"),
    A("Subject: Repeat prescription request – salbutamol inhaler\n\nDear Practice Team,\n\nCould I please request a repeat prescription for my salbutamol inhaler? I am running low and would be grateful if it could be sent to my usual pharmacy.\n\nThank you,\n[Your name]\n[Date of birth]"),
    U("sorry i forgot to say, it must go to the pharmacy on Mill Road, not my usual one. i am on holiday near there", "plain"),
    A("Subject: Repeat prescription request – salbutamol inhaler\n\nDear Practice Team,\n\nCould I please request a repeat prescription for my salbutamol inhaler? I am staying away from home, so please send it to the pharmacy on Mill Road rather than my usual pharmacy.\n\nThank you,\n[Your name]\n[Date of birth]"),
    U("perfect thank you so much", "acceptance"),
    A("You're welcome, enjoy the holiday."),
    U("one more, how i say in email that i also want a review of my medication, i think the brown inhaler not working so good", "new_task"),
    A("You could add a paragraph like this:\n\nAdditionally, I would like to take this opportunity to request a comprehensive medication review. Over recent weeks I have become increasingly concerned that my preventer inhaler (the brown one) may not be controlling my symptoms as effectively as it once did, and I would greatly appreciate the opportunity to discuss alternative treatment options with a clinician at your earliest convenience."),
    U("too fancy english, my doctor know me. i want simple sentence i can put at the end", "instead"),
    A("Add this before \"Thank you\":\n\nI would also like a medication review. I don't think my brown inhaler is working well."),
    U("yes good", "acceptance"),
)])

add("A", "session_20260707_215508_3f6e91.json", [S(
    "stats exam revision",
    U("revising for my stats exam tomorrow. give me a one-line definition of a p-value I can memorise", "plain"),
    A("The probability of getting a result at least as extreme as the one observed, assuming the null hypothesis is true."),
    U("good. now quiz me: 3 short questions on hypothesis testing, no answers yet", "followup"),
    A("1. What is a Type I error?\n2. If α = 0.05 and p = 0.03, what do you conclude?\n3. Does a larger sample make it easier or harder to detect a small effect?"),
    U("1 rejecting the null when it's actually true. 2 reject the null. 3 harder?", "plain"),
    A("1 and 2 are right. 3 is the other way round: a larger sample makes it easier to detect a small effect, because the standard error shrinks."),
    U("why does the standard error shrink", "followup"),
    A("SE = σ/√n: the spread of the sample mean is the population spread divided by the square root of the sample size. Quadruple n and the SE halves."),
    U("ok now the 95% confidence interval for a mean, formula", "plain"),
    A("x̄ ± 1.645 × s/√n"),
    U("isn't 1.645 the 90% one? pretty sure that's wrong", "explicit"),
    A("Yes, sorry: 1.645 is for 90%. For 95% it's x̄ ± 1.96 × s/√n (with a small sample, use the t value for n − 1 degrees of freedom instead of 1.96)."),
    U("ok. going to bed, thanks for the help", "acceptance"),
    A("Good luck tomorrow!"),
)])

add("A", "session_20260709_164120_8d2c37.json", [S(
    "banana bread for two loaves",
    U("I have a banana bread recipe for one loaf: 3 bananas, 250 g flour, 100 g butter, 150 g sugar, 2 eggs, 1 tsp baking soda. Scale it for two loaves but I only have 3 eggs", "plain"),
    A("For two loaves: 6 bananas, 500 g flour, 200 g butter, 300 g sugar, 4 eggs, 2 tsp baking soda."),
    U("i only have 3 eggs", "echo"),
    A("Sorry, missed that. Use 3 eggs plus 60 ml of milk to make up for the fourth one. Everything else stays as in your recipe."),
    U("eggs are fine now but you didn't double the rest, i need the full list for two loaves", "partial"),
    A("Two loaves, 3 eggs:\n- 6 bananas\n- 500 g flour\n- 200 g butter\n- 300 g sugar\n- 3 eggs + 60 ml milk\n- 2 tsp baking soda"),
    U("nice. oven temp and time for both at once? fan oven", "followup"),
    A("160 °C fan, about 55-65 minutes. If the tins are on different shelves, swap them halfway. They're done when a skewer comes out clean."),
    U("ty", "acceptance"),
)])

add("A", "session_20260710_101933_b6f0a4.json", [S(
    "lines of code for grant report",
    U("how many lines of python are in ~/code/invoicer, excluding tests", "plain"),
    T("cd ~/code/invoicer && find . -name \"*.py\" -not -path \"./.venv/*\" | xargs wc -l | tail -1", " 4187 total"),
    A("There are 4,187 lines of Python in ~/code/invoicer."),
    U("that number includes the tests folder though, I said excluding tests", "explicit"),
    A("Right, let me redo it without tests/."),
    T("cd ~/code/invoicer && find . -name \"*.py\" -not -path \"./.venv/*\" -not -path \"./tests/*\" | xargs wc -l | tail -1", " 2904 total"),
    A("2,904 lines, not counting anything under tests/."),
    U("and without blank lines and comments?", "followup"),
    T("cd ~/code/invoicer && find . -name \"*.py\" -not -path \"./.venv/*\" -not -path \"./tests/*\" | xargs grep -hvE '^\\s*(#|$)' | wc -l", "2311"),
    A("2,311 lines of actual code."),
    U("ok good enough for the grant report", "acceptance"),
)])


# ===========================================================================
# B: gateway transcript JSONL, one session per file
# ===========================================================================

add("B", "20260701_174502_1c9e4a.jsonl", [S(
    "lake district packing",
    U("weekend hiking trip in the Lake District, 2 nights in huts. what should I pack? bullet list", "plain"),
    A("A weekend in the Lake District sounds wonderful! The weather there is famously changeable, so the key is layering. Start with a moisture-wicking base layer, add an insulating mid layer such as a fleece or light down jacket, and top it with a proper waterproof shell, since you'll almost certainly see rain at some point.\n\nFootwear matters most of all. Broken-in boots with good grip will make the rocky paths far more pleasant, and a couple of spare pairs of socks will keep your feet happy.\n\nFor the huts, a sleeping bag liner is usually required, and earplugs are a good idea. Don't forget a head torch, a map and compass, and enough food and water for long stretches between villages."),
    U("bullet list please. i'm going to print it", "echo"),
    A("- Waterproof jacket and trousers\n- Base layer + fleece\n- 2 pairs spare socks\n- Broken-in boots\n- Hat and gloves\n- Sleeping bag liner\n- Head torch\n- Map, compass, phone + power bank\n- Water bottle (1 L+)\n- Snacks and lunch for both days\n- Small first-aid kit, blister plasters\n- Cash for the huts\n- Earplugs"),
    U("great, printing", "acceptance"),
    A("Have a good trip! Want me to check the Keswick forecast on Friday morning?"),
    U("nah I'll check it myself on the day", "decline_offer"),
    A("Sounds good."),
    U("oh and how long is the walk from Grasmere to Patterdale roughly", "new_task"),
    A("About 14 km over Grisedale Hause, usually 5-6 hours with stops and roughly 600 m of climbing."),
    U("perfect", "acceptance"),
)])

add("B", "20260702_092216_7ad310.jsonl", [S(
    "iso date regex",
    U("regex for an ISO date like 2026-07-14, just the pattern", "plain"),
    A("Here's a regex that matches ISO 8601 dates:\n\n```\n^\\d{4}-\\d{2}-\\d{2}$\n```\n\nExplanation:\n- `^` anchors to the start of the string\n- `\\d{4}` matches the four-digit year\n- `-` matches the literal hyphen\n- `\\d{2}` matches the month\n- `\\d{2}` matches the day\n- `$` anchors to the end\n\nNote that this doesn't check ranges, so something like 2026-13-45 would also match. For full validation, parse the date with your language's date library."),
    U("the pattern. one line.", "repeat_narrow"),
    A("`^\\d{4}-\\d{2}-\\d{2}$`"),
    U("that still accepts 2026-99-99 which isn't a date. wrong, month 01-12 and day 01-31", "explicit"),
    A("`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`"),
    U("ok. leap years i'll handle in code", "acceptance"),
    A("Yes, that's the sane place for it."),
)])

add("B", "20260703_190744_e25b08.jsonl", [S(
    "dinner from mince",
    U("I have 500g minced beef, onions, tomatoes in can, pasta. What I can cook for 4 persons in 30 minutes?", "plain"),
    A("A quick bolognese-style pasta:\n1. Fry 1 chopped onion in oil, 5 min.\n2. Add the beef and brown it, 5-7 min.\n3. Add the canned tomatoes, salt, pepper and a pinch of sugar; simmer 15 min.\n4. Meanwhile cook 400 g pasta.\n5. Mix and serve.\n\nDo you have garlic or dried herbs? They would help a lot."),
    U("garlic yes, herbs only oregano", "clarify_answer"),
    A("Add 2 crushed garlic cloves with the onion for the last minute, and 1 tsp oregano with the tomatoes."),
    U("It was really tasty, the kids ate everything! Thank you", "acceptance"),
    A("Great to hear!"),
    U("can I freeze the rest of sauce?", "followup"),
    A("Yes, in a closed container for up to 3 months. Thaw it overnight in the fridge and heat it until it bubbles."),
)])

add("B", "20260704_121058_93f6cd.jsonl", [S(
    "squeaky door",
    U("bedroom door squeaks like crazy. quick fix?", "plain"),
    A("Lift the hinge pins out one at a time, wipe them, coat them with a little petroleum jelly or white lithium grease, and tap them back in. Then swing the door back and forth a few times."),
    U("that worked on the top one. the middle hinge pin won't come out at all", "followup"),
    A("For a stuck pin, spray WD-40 around the hinge knuckle and let it soak for 10 minutes, then hold a nail under the pin and tap upward with a hammer. If it still won't budge, unscrew that hinge leaf from the frame and work on it at a table."),
    U("not spraying wd40 in the house, my partner has asthma. something without a spray", "reject_approach"),
)])

add("B", "20260705_200131_4b7e19.jsonl", [S(
    "splitting the electricity bill",
    U("me and 2 flatmates. electricity bill is 186.40 for the quarter. i was away 3 weeks of the 13. how to split fairly", "plain"),
    A("Split by person-weeks. Total person-weeks = 13 + 13 + 10 = 36. Cost per person-week = 186.40 / 36 = 5.178.\n\nYou: 10 × 5.178 = 51.78\nEach flatmate: 13 × 5.178 = 67.31\n\nCheck: 51.78 + 67.31 + 67.31 = 186.40."),
    U("fair, they'll accept that", "acceptance"),
    A("Should I draft a message for the flat group chat?"),
    U("yes pls, casual", "clarify_answer"),
    A("Hey both! Leccy bill came in at £186.40 for the quarter. Since I was away 3 weeks I've split it by weeks: me £51.78, you two £67.31 each. Can you send yours by Friday? Cheers"),
    U("sent", "acceptance"),
    A("👍"),
    U("No wait, there's the internet bill too. 45 a month, that one we always split evenly. what's each for 3 months", "new_task"),
    A("45 × 3 = 135 for the quarter, so 45 each."),
    U("lol of course. ok", "acceptance"),
    A("Easy one."),
    U("what would the electricity be per person if i had NOT been away, just to show them", "plain"),
    A("If you'd been home all 13 weeks, everyone would have had the same share: the bill would simply be split three ways. Compared to the week-based split, your share would be higher and theirs lower, which shows the adjustment only shifts a little onto them."),
    U("'just to show them' - I need the actual number", "echo"),
    A("£62.13 each (186.40 / 3)."),
    U("ta", "acceptance"),
)])

add("B", "20260706_154927_d81a62.jsonl", [S(
    "printing press essay outline",
    U("Give me an outline for a 1500-word essay: 'Did the printing press cause the Reformation?' Intro, 3 body sections, conclusion. Headings only, no paragraphs.", "plain"),
    A("Introduction\nThe invention of the movable-type printing press around 1440 transformed European society, making texts cheaper and faster to produce than ever before. This essay argues that while print did not cause the Reformation on its own, it made its rapid spread possible.\n\n1. The spread of Luther's ideas\nLuther's Ninety-five Theses were reprinted across Germany within weeks, and his pamphlets became bestsellers, reaching audiences no preacher could.\n\n2. Other causes\nThe ambitions of the German princes, resentment of church taxes and the humanist movement all mattered as much as print.\n\n3. Print on both sides\nCatholic writers used the press too, which shows the technology alone did not decide the outcome.\n\nConclusion\nThe printing press was a necessary condition, not a sufficient cause."),
    U("I said headings only, you've basically written the essay", "explicit"),
    A("1. Introduction: the question and the thesis (print as accelerator, not cause)\n2. Print and Luther: pamphlets, the Ninety-five Theses and vernacular Bibles reached a mass audience\n3. Causes beyond print: the princes' politics, church finances and humanism\n4. Print served both sides: Catholic counter-pamphlets and censorship\n5. Conclusion: necessary, not sufficient"),
    U("closer, but there's still a sentence after every heading. just the headings", "partial"),
    A("1. Introduction\n2. Print and Luther's message\n3. Causes beyond print\n4. Print served both sides\n5. Conclusion"),
    U("good. roughly how many words per section?", "followup"),
    A("Intro 150, each body section 400, conclusion 150. That's 1,500."),
    U("thanks", "acceptance"),
)])

add("B", "20260707_081230_0fa5c3.jsonl", [S(
    "laptop battery health",
    U("is my laptop battery still healthy?", "plain"),
    T("upower -i $(upower -e | grep BAT) | grep -E \"energy-full|energy-full-design|capacity\"",
      "    energy-full:         41.2 Wh\n    energy-full-design:  57.0 Wh\n    capacity:            72.2807%"),
    A("It holds 41.2 Wh of its original 57 Wh, so about 72% capacity. That's normal wear for a 3-4 year old battery; replacement is usually worth it below 60-70%. Want me to show you how to set a charge limit at 80% to slow further wear?"),
    U("No, it's plugged in all day anyway. Can you check how many charge cycles it has?", "decline_offer"),
    T("cat /sys/class/power_supply/BAT0/cycle_count", "512"),
    A("512 cycles."),
    U("fine, not replacing it yet then", "acceptance"),
    A("Agreed, it has life left in it."),
)], platform="telegram")

add("B", "20260708_132414_6c2d97.jsonl", [S(
    "office card messages",
    U("write a birthday message for my boss Helen, she's turning 50, for the office card", "plain"),
    A("Happy 50th, Helen! 🎉 Half a century of brilliance, leadership and inspiration! May this milestone bring you joy, laughter and everything you've ever dreamed of. Here's to the next 50 years of success, you deserve the world! 🥂🎂✨"),
    U("it's a card the whole office signs, that's way too gushing. one line, friendly but professional, no emojis", "instead"),
    A("Happy 50th, Helen. Wishing you a great day and a relaxing weekend!"),
    U("perfect", "acceptance"),
    A("Glad that works."),
    U("also need a one-line leaving message for Tom from IT who's moving to Canada", "new_task"),
    A("Good luck in Canada, Tom, and thanks for rescuing my laptop more times than I can count!"),
    U("haha yes he did. thx", "acceptance"),
)])

add("B", "20260714_090512_a7b3e0.jsonl", [S(
    "dental claim deadline",
    U("my dental insurance needs the claim form by 31 July. the treatment was 12 June. how many days do i have left from today (14 July)", "plain"),
    A("Dental insurance claims generally need to be submitted within a set period after treatment, which varies by provider. Many insurers allow 90 days, some as much as a year. Check your policy documents or the insurer's website to confirm the exact deadline. It's a good idea to submit as early as possible and keep copies of your receipts and the dentist's invoice."),
    U("how many days from today 14 july to 31 july", "repeat_narrow"),
    A("17 days."),
    U("ok plenty. what do i usually attach", "followup"),
    A("The itemised invoice from the dentist, proof of payment, and the signed claim form. Some insurers also want the dentist's treatment codes on the form."),
    U("got them all. cheers", "acceptance"),
)])

add("B", "20260715_221806_58e1f4.jsonl", [S(
    "double-sided printing",
    U("need to print a 40 page pdf double-sided tonight but my printer can't do duplex", "plain"),
    A("Your best bet is a copy shop: most print double-sided for about 10 cents a page, so 40 pages costs around 4 euros. If you print double-sided often, a duplex laser printer like the Brother HL-L2350DW is under 150 euros and pays for itself quickly."),
    U("i'm not going out or buying a printer at 10pm. with the printer I have", "reject_approach"),
    A("Print it in two passes: first print the odd pages, then put the stack back in and print the even pages. Most PDF viewers have an \"Odd pages only\" / \"Even pages only\" option in the print dialog."),
    U("ok that's the idea, but which way round do I put the stack back in? that's the part i always mess up", "partial"),
    A("Do a 2-page test first: print page 1, mark the top edge of the paper with a pencil arrow, put it back in the tray with the printed side facing the way you think, and print page 2. Once the test comes out right, print odd pages, put the stack back in exactly like the test sheet (don't flip it top to bottom), and print even pages in reverse order so page 2 lands on the back of page 1."),
    U("test page worked, printing now", "acceptance"),
    A("Nice, that test sheet saves a lot of paper."),
)])


# ===========================================================================
# C: `hermes sessions export` JSONL, one session per line
# ===========================================================================

add("C", "hermes_export_2026-07-02.jsonl", [
    S("extract archive",
      U("extract a .tar.zst file", "plain"),
      A("`tar --zstd -xf file.tar.zst` (needs GNU tar 1.31 or newer; otherwise `zstd -dc file.tar.zst | tar -x`)."),
      U("oh wait it's .tar.xz not zst, sorry", "plain"),
      A("`tar -xf file.tar.xz`; tar detects the xz compression by itself."),
      U("worked", "acceptance")),
    S("usd to eur",
      U("how much is 1200 USD in EUR roughly, using 1 EUR = 1.08 USD", "plain"),
      A("1200 × 1.08 = 1,296 EUR."),
      U("that's backwards, a euro is worth more than a dollar so it should come out under 1200", "explicit"),
      A("1200 / 1.08 ≈ 1,111 EUR."),
      U("yep thanks", "acceptance")),
    S("less angry post",
      U("make this sound less angry: 'the train was late AGAIN, third time this week, thanks for nothing'", "plain"),
      A("\"Train delayed again, the third time this week. Hoping things improve soon.\""),
      U("a bit of humour?", "followup"),
      A("\"Train late again, third time this week. At this point I should start paying rent on platform 4.\""),
      U("haha posting that", "acceptance")),
])

add("C", "hermes_export_2026-07-04.jsonl", [
    S("basmati in a pot",
      U("rice cooker broke. how do I cook basmati in a normal pot", "plain"),
      A("Basmati is a long-grain aromatic rice grown mainly in India and Pakistan, prized for its fragrance and fluffy texture. Cooking it well is mostly about the starch: rinsing removes the surface starch that would otherwise make it sticky, and soaking for 20-30 minutes softens the grains so they cook evenly and lengthen rather than break. There are two main methods. The absorption method uses a measured amount of water that the rice soaks up completely, while the pasta method cooks the rice in plenty of boiling water that you drain off afterwards. Each has its fans, and the right choice depends on the texture you like."),
      U("just the ratio and the minutes, I'm standing at the stove", "instead"),
      A("1 cup rice to 1.5 cups water. Bring to the boil, lid on, lowest heat 12 min, then off the heat 10 min. Don't lift the lid."),
      U("ok lid's on", "acceptance"),
      A("Perfect. Fluff it with a fork when the 10 minutes are up."),
      U("and salt? how much", "followup"),
      A("About half a teaspoon per cup of rice, in the water.")),
    S("bathroom ceiling mould",
      U("black mould spots on the bathroom ceiling, small area. how do I get rid of it myself", "plain"),
      A("For mould, the safest route is to call in a professional mould remediation company. They'll identify the type of mould, find the moisture source and remove it safely with proper containment. Expect to pay around 300-800 euros for a small bathroom."),
      U("it's like 3 spots, I'm not paying a company for that. diy", "reject_approach"),
      A("For a few spots:\n1. Open a window, wear gloves and glasses.\n2. Put mould remover or diluted bleach (1 part to 4 parts water) on a cloth, not sprayed straight overhead, and wipe the spots.\n3. Let it dry fully.\n4. Paint over with anti-mould bathroom paint.\n\nRun the fan or open the window after showers to stop it coming back."),
      U("does the anti-mould paint need a primer first", "followup"),
      A("Not usually on a sound, previously painted ceiling; just make sure it's clean and dry. Use a stain-block primer only if dark marks show through after cleaning."),
      U("ok, weekend job then", "acceptance")),
    S("weekdays in august",
      U("how many weekdays are there in August 2026? only need the number for a timesheet", "plain"),
      A("August 2026 starts on a Saturday. The weekdays are:\n\nMon 3 – Fri 7\nMon 10 – Fri 14\nMon 17 – Fri 21\nMon 24 – Fri 28\nMon 31\n\nSo four full working weeks plus Monday the 31st. Bear in mind that public holidays depend on where you are, so check your local calendar for any that fall in August."),
      U("how many. a number", "repeat_narrow"),
      A("21."),
      U("great, ty", "acceptance")),
], source="cli")

add("C", "hermes_export_2026-07-06.jsonl", [
    S("derivative",
      U("derivative of x^2 * sin(x), just the result", "plain"),
      A("Using the product rule, d/dx[u·v] = u'v + uv'. Let u = x² and v = sin(x). Then u' = 2x and v' = cos(x). So the derivative is 2x·sin(x) + x²·cos(x). You can factor out x to get x(2 sin x + x cos x)."),
      U("just the result", "repeat_narrow"),
      A("2x·sin(x) + x²·cos(x), which factors as x(2 sin x + x cos x), found with the product rule."),
      U("almost. one expression, no extra words", "partial"),
      A("2x·sin(x) + x²·cos(x)"),
      U("and the integral of x*e^x", "new_task"),
      A("x·eˣ − eˣ + C"),
      U("👍 thx", "acceptance")),
    S("japan visa",
      U("do I need a visa for Japan with an Irish passport, 2 weeks tourism?", "plain"),
      A("No. Irish citizens can visit Japan visa-free for short tourist stays; you need a passport valid for the whole trip. Want me to list what to fill in on Visit Japan Web before you fly?"),
      U("no, the airline sorted that. what about a JR pass, worth it for Tokyo-Kyoto-Osaka and back?", "decline_offer"),
      A("Probably not since the 2023 price rise. A 7-day pass now costs more than a one-way Tokyo→Kyoto plus a one-way Osaka→Tokyo Shinkansen ticket together. Buy individual tickets unless you add long side trips."),
      U("ok skipping it. cheers", "acceptance")),
    S("orders per customer",
      U("postgres: count orders per customer for 2025 only, table orders(customer_id, created_at)", "plain"),
      A("SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id;"),
      U("you left out the 2025 part", "explicit"),
      A("SELECT customer_id, COUNT(*)\nFROM orders\nWHERE created_at >= '2025-01-01' AND created_at < '2026-01-01'\nGROUP BY customer_id;"),
      U("only customers with more than 10", "followup"),
      A("Add `HAVING COUNT(*) > 10` after the GROUP BY."),
      U("ok good", "acceptance")),
])

add("C", "hermes_export_2026-07-08.jsonl", [
    S("sick day text",
      U("text to my manager that i'm off sick today, migraine, back tomorrow probably. keep it short, she hates long messages", "plain"),
      A("Hi, I hope you're well. Unfortunately I woke up this morning with a severe migraine and I'm really not in a fit state to work today. I've taken medication but it hasn't eased yet. I'm sorry for the short notice and any inconvenience this may cause the team. I'll keep an eye on my phone for anything urgent, and I expect to be back tomorrow, but I'll let you know if anything changes. Thanks for understanding."),
      U("she hates long messages lol", "echo"),
      A("Hi, I've got a migraine so I'm off sick today. Should be back tomorrow, will update you if not."),
      U("sent, thanks", "acceptance")),
    S("grocery budget",
      U("help me set a monthly grocery budget, 2 adults 1 toddler", "plain"),
      A("Happy to. Roughly where do you live, and do you mostly cook at home?"),
      U("Lyon, France. yes cook at home almost always", "clarify_answer"),
      A("For a family of three cooking at home in Lyon, 550-650 euros a month is a realistic middle; 450 is tight, 750+ is comfortable. Start at 600 and check after two months."),
      U("600 sounds right", "acceptance"),
      A("Good. Tracking it for two months will tell you quickly if it's realistic."),
      U("different question, is a livret A still worth having?", "new_task"),
      A("Yes, for your emergency fund: it's tax-free and you can withdraw any time. For money you won't touch for 5+ years, its rate usually trails an assurance vie or a PEA."),
      U("ok, thanks", "acceptance")),
    S("lock screen previews",
      U("my android phone shows the whole whatsapp message on the lock screen. how do I hide that", "plain"),
      A("The easiest way is to install a privacy app like Notification Guard from the Play Store. It lets you hide message content per app, blur previews on the lock screen and even add a PIN to individual notifications."),
      U("I don't want another app for this, surely it's in the settings", "reject_approach"),
      A("It is: Settings → Notifications → Notifications on lock screen, and switch off \"Sensitive notifications\" (on some phones it's \"Hide content\"). You'll still see that a message arrived, but not what it says."),
      U("found it, done", "acceptance")),
])

add("C", "hermes_export_2026-07-10.jsonl", [
    S("backup cron",
      U("cron line to run ~/bin/backup.sh every day at 2:30am", "plain"),
      A("`30 2 * * * ~/bin/backup.sh`"),
      U("and log the output somewhere", "followup"),
      A("Good idea! Logging is essential for troubleshooting. You can either redirect the output to a file or send it to syslog with `logger`. Redirecting is the simplest; syslog integrates with journald and log rotation. There's also the option of having cron email you the output by setting MAILTO at the top of the crontab, though that needs a working mail setup."),
      U("i want the actual cron line with the redirect in it", "instead"),
      A("`30 2 * * * ~/bin/backup.sh >> ~/backup.log 2>&1`"),
      U("done, ty", "acceptance")),
    S("proofread",
      U("proofread: 'Their going to announce the results tomorow, and everyone who's applied will recieve an email.'", "plain"),
      A("They're going to announce the results tomorrow, and everyone who's applied will receive an email."),
      U("ugh three typos in one sentence. thanks", "acceptance")),
    S("buttermilk",
      U("no buttermilk for pancakes. substitute?", "plain"),
      A("Stir 1 tbsp lemon juice or white vinegar into 250 ml milk and let it sit for 5 minutes."),
      U("magic, thanks", "acceptance"),
      A("Enjoy the pancakes!"),
      U("would oat milk work for that too", "followup"),
      A("Yes. It curdles less, but it works fine in pancakes.")),
])

add("C", "hermes_export_2026-07-12.jsonl", [
    S("stopping distances",
      U("I'm studying for the UK driving theory test. what's the stopping distance at 30 mph?", "plain"),
      A("23 metres (9 m thinking + 14 m braking), about six car lengths."),
      U("and 50?", "followup"),
      A("53 metres (15 m thinking + 38 m braking)."),
      U("70?", "followup"),
      A("96 metres (21 m thinking + 75 m braking)."),
      U("is there a trick to remember them", "plain"),
      A("Yes, there are a few ways. One popular approach uses a multiplication pattern: the overall stopping distance in feet can be found by multiplying the speed by a factor that rises by 0.5 for every 10 mph (2 at 20 mph, 2.5 at 30, 3 at 40, 3.5 at 50, 4 at 60 and 4.5 at 70), then converting feet to metres by dividing by 3.28. Alternatively, you can use the fact that the thinking distance in feet equals the speed, and that braking distance follows a square law, so doubling the speed quadruples the braking distance; starting from 6 m of braking at 20 mph you can work out the others by multiplying by the square of the speed ratio."),
      U("that's more complicated than just memorising them 😅 something simple please", "explicit"),
      A("Learn the thinking distances as a ladder: 6, 9, 12, 15, 18, 21 m for 20-70 mph (add 3 each step). Then memorise just the three overall figures that come up most: 23 m at 30, 53 m at 50, 96 m at 70."),
      U("ok that I can do", "acceptance")),
    S("rental car excess",
      U("renting a car in Crete next month. should I buy the zero-excess cover at the rental desk?", "plain"),
      A("Usually it's cheaper to buy standalone excess insurance before you go (about 20-50 a year) than the desk's daily cover (15-30 euros a day). The catch: the desk will then hold the excess on your credit card, and if something happens you pay and claim it back. Shall I add it to your trip checklist?"),
      U("no, I'll just buy it now", "decline_offer"),
      A("Good call."),
      U("also which side do they drive on there", "new_task"),
      A("The right, like the rest of mainland Europe."),
      U("ok ta", "acceptance")),
])

add("C", "hermes_export_2026-07-15.jsonl", [
    S("deep copy js",
      U("javascript: deep copy an object that has dates in it", "plain"),
      A("Install lodash with `npm install lodash` and use `_.cloneDeep(obj)`. It handles dates, arrays, nested objects and circular references."),
      U("no dependencies, it's a plain browser script", "reject_approach"),
      A("`const copy = structuredClone(obj);` It's built into all modern browsers and keeps Date objects as Dates."),
      U("oh nice, didn't know that one", "acceptance")),
    S("washing machine E21",
      U("washing machine shows E21 and won't drain", "plain"),
      A("What brand is it? E21 means different things depending on the manufacturer."),
      U("bosch", "clarify_answer"),
      A("On a Bosch, E21 usually means the drain pump or filter is blocked.\n1. Switch it off at the plug.\n2. Open the small flap at the bottom right and put a towel and a shallow tray down.\n3. Drain the water through the little emergency hose, then unscrew the filter and clear out fluff, coins or hair clips.\n4. Screw it back firmly and run a drain/spin programme."),
      U("there was a sock in there!! draining now", "acceptance"),
      A("Classic. Glad it was that simple.")),
    S("recursion for a kid",
      U("how would you explain recursion to my 12 year old, she's learning scratch", "plain"),
      A("Recursion is when something is defined using a smaller version of itself. Think of Russian dolls: to open the set, you open one doll and then \"open the set\" again with the smaller doll inside, until you reach the tiny solid one. In Scratch it's a custom block that uses itself, like drawing a tree: draw a branch, then draw two smaller trees at its tip, and stop when the branch gets tiny."),
      U("the dolls thing will work, thanks", "acceptance"),
      A("Glad it helps."),
      U("could you give the Scratch blocks for the tree? she'll want to try", "followup"),
      A("Make a block \"tree (size)\":\n- if size < 5, stop this script\n- move (size) steps\n- turn left 30°, tree (size × 0.7)\n- turn right 60°, tree (size × 0.7)\n- turn left 30°, move (0 - size) steps\n\nStart with the pen down, pointing up, and call tree (60)."),
      U("she loved it", "acceptance")),
])

add("C", "hermes_export_2026-07-17.jsonl", [
    S("hotel review",
      U("help me write a 3-star review for a hotel: great location, rude reception, room was clean but noisy at night. max 50 words", "plain"),
      A("Great location right in the centre, and the room was spotless. Unfortunately the reception staff were consistently rude during our stay, which really soured the whole experience. The noise at night also made it hard to sleep, with traffic and music until late. We'd only return if the service improved significantly. 3/5."),
      U("content is right but it's over 50 words, trim it", "partial"),
      A("Great central location and a spotless room. Sadly the reception staff were rude, and street noise kept us up at night. Would only return if the service improved. 3/5."),
      U("posted", "acceptance")),
    S("ssh key",
      U("generate an ssh key for github", "plain"),
      A("`ssh-keygen -t ed25519 -C \"you@example.com\"`, press Enter for the default path and set a passphrase. Then paste the contents of `~/.ssh/id_ed25519.pub` into GitHub → Settings → SSH and GPG keys."),
      U("Actually, how do I check which key git is using when I push", "new_task"),
      A("`ssh -vT git@github.com 2>&1 | grep Offering` shows which key is offered, and \"Hi <username>!\" at the end confirms GitHub accepted it."),
      U("says hi jonas, good", "acceptance")),
    S("meeting notes summary",
      U("summarise these notes in 3 short bullets for the team chat: 'Q3 launch slips to 14 Oct because the payment provider certification is late. Marketing keeps the September teaser but drops the launch date from it. Support needs the new FAQ by 1 Oct. Budget unchanged.'", "plain"),
      A("- The Q3 launch has been moved to 14 October, because the certification from the payment provider is running late and cannot be completed in time for the original date.\n- Marketing will still run the September teaser campaign as planned, but any mention of the specific launch date will be removed from it.\n- The support team needs to have the new FAQ ready by 1 October; the overall budget remains unchanged."),
      U("right points, but each bullet should be a few words, not a paragraph", "partial"),
      A("- Launch moves to 14 Oct (payment certification late)\n- September teaser stays, no date in it\n- Support FAQ due 1 Oct; budget unchanged"),
      U("👌 posted", "acceptance")),
])


# ===========================================================================
# D: ShareGPT trajectories JSONL, one conversation per line
# ===========================================================================

add("D", "trajectories_2026-07-03.jsonl", [
    S("port 8080",
      U("what's using port 8080?", "plain"),
      T("ss -ltnp | grep :8080", "LISTEN 0      511          0.0.0.0:8080      0.0.0.0:*    users:((\"node\",pid=48213,fd=22))"),
      T("ps -o pid,args -p 48213", "    PID COMMAND\n  48213 node /home/jonas/code/shop-admin/node_modules/.bin/vite --port 8080"),
      A("A Vite dev server from ~/code/shop-admin (node, PID 48213). Want me to stop it?"),
      U("no, leave that one running. how do I start mine on another port", "decline_offer"),
      A("`npx vite --port 5174`, or set `server: { port: 5174 }` in vite.config.js so it sticks."),
      U("cool", "acceptance")),
    S("leftover chicken",
      U("what can I make with leftover roast chicken, 2 potatoes, half a leek and some cream", "plain"),
      A("Here are 10 ideas:\n1. Chicken pot pie\n2. Chicken and leek risotto (you'd need arborio rice)\n3. Creamy chicken pasta\n4. Chicken and potato curry (needs curry paste and coconut milk)\n5. Chicken quesadillas\n6. Leek and potato soup with chicken\n7. Chicken fried rice\n8. Chicken Caesar salad\n9. Chicken enchiladas\n10. Chicken and leek gratin"),
      U("one recipe, using only what I listed plus basics like butter and flour", "instead"),
      A("Chicken, leek and potato gratin: slice the potatoes thinly and boil them for 5 minutes. Soften the sliced leek in butter, stir in 1 tbsp flour, then the cream and a splash of water. Add the shredded chicken, salt and pepper. Layer the chicken mix in a dish with the potatoes on top, dot with butter, and bake at 200 °C for 25 minutes until golden."),
      U("making it now", "acceptance")),
    S("berlin wall",
      U("what year did the Berlin wall fall? year only, it's for a crossword", "plain"),
      A("The Berlin Wall fell on the night of 9 November 1989, when East German authorities unexpectedly announced that citizens could cross the border, and crowds gathered at the checkpoints until the guards opened the gates."),
      U("year. four letters... well four digits", "repeat_narrow"),
      A("1989"),
      U("fits, thx", "acceptance")),
])

add("D", "trajectories_2026-07-05.jsonl", [
    S("weather-bot tests",
      U("run the tests in ~/code/weather-bot and tell me what fails", "plain"),
      T("cd ~/code/weather-bot && python -m pytest -q tests/test_parse.py", ".......                                                                  [100%]\n7 passed in 0.21s"),
      A("All tests pass (7 passed)."),
      U("that's only test_parse.py, there are like 40 tests. that's not the test suite", "explicit"),
      T("cd ~/code/weather-bot && python -m pytest -q", "...F..........F..........................                                  [100%]\nFAILED tests/test_alerts.py::test_wind_threshold - AssertionError: assert 'amber' == 'yellow'\nFAILED tests/test_units.py::test_mph_to_kmh - assert 96.56 == 96.6\n2 failed, 39 passed in 1.84s"),
      A("2 of 41 fail:\n- test_alerts.py::test_wind_threshold: got 'amber', expected 'yellow'\n- test_units.py::test_mph_to_kmh: got 96.56, expected 96.6 (a rounding difference)"),
      U("the second one the test is wrong, i'll fix it. look at the first", "followup"),
      T("cd ~/code/weather-bot && grep -n \"amber\\|yellow\\|gust\" weather_bot/alerts.py", "12:def wind_level(gust):\n14:    if gust >= 50:\n15:        return \"amber\"\n16:    if gust >= 40:\n17:        return \"yellow\""),
      A("In alerts.py a gust of 50 or more is amber and 40 or more is yellow. The test uses a gust of exactly 50 and expects yellow, so either the test or the boundary is off. Should exactly 50 be amber or yellow?"),
      U("exactly 50 is still yellow", "clarify_answer"),
      A("Then line 14 should be `if gust > 50:`. Want me to make the edit?"),
      U("yes", "clarify_answer"),
      T("cd ~/code/weather-bot && sed -i '14s/gust >= 50/gust > 50/' weather_bot/alerts.py && python -m pytest -q tests/test_alerts.py", "........                                                                 [100%]\n8 passed in 0.09s"),
      A("Changed it; test_alerts.py passes now (8 passed)."),
      U("nice", "acceptance")),
    S("thank you note",
      U("short thank you note to my neighbour who watered my plants for 2 weeks", "plain"),
      A("Thank you so much for looking after my plants while I was away! They're thriving, which is more than I can say for them when I'm home. A little something from my trip is on its way to you."),
      U("aww yes. she'll like that", "acceptance")),
    S("overpay or save",
      U("mortgage rate 4.1%, savings account pays 4.5% before tax, I pay 20% tax on the interest. overpay or save? one sentence answer", "plain"),
      A("This is a great question, and the answer depends on several factors. First, look at the after-tax return on your savings: 4.5% × (1 − 0.20) = 3.6%, which is lower than your 4.1% mortgage rate. Second, consider liquidity: money in savings is accessible, while overpayments are locked into your house. Third, check whether your mortgage limits overpayments or charges early repayment fees, typically above 10% a year. Finally, think about your emergency fund. On balance, overpaying probably wins, provided you keep an emergency fund."),
      U("one sentence answer 🙄", "echo"),
      A("Overpay: 4.5% taxed at 20% is 3.6%, below your 4.1% mortgage, as long as you keep an emergency fund in savings."),
      U("ok thats what i thought", "acceptance")),
])

add("D", "trajectories_2026-07-07.jsonl", [
    S("grey grout",
      U("grout in my shower is going grey and a bit mouldy, cheapest way to make it white again? renting so nothing permanent", "plain"),
      A("The best long-term fix is to rake out the old grout with a grout saw and regrout with epoxy grout, which resists mould and staining for years. A 5 kg tub costs around 40 euros and a shower takes a weekend."),
      U("I'm renting, I can't rake out grout. cleaning only", "reject_approach"),
      A("Then clean it: mix baking soda and water into a paste, scrub with an old toothbrush and rinse. For the mould, spray a bleach-based cleaner, leave it 15 minutes and rinse. If it still looks grey, a grout pen (about 8 euros) paints it white again in an afternoon."),
      U("a grout pen is paint, I said nothing permanent. just the cleaning", "echo"),
      A("Cleaning only:\n1. Paste of baking soda and a little water, scrub with a stiff toothbrush, rinse.\n2. Spray a bleach-based mould spray on the dark bits, leave 15 minutes, rinse well and open the window.\n3. Wipe the grout dry after showers so it stays white."),
      U("the bleach spray did most of it. thanks", "acceptance")),
    S("meeting time zones",
      U("if it's 9am in Chicago what time is it in Berlin (July)", "plain"),
      A("4 pm. Chicago is on CDT (UTC−5) and Berlin on CEST (UTC+2), 7 hours apart."),
      U("and Bangalore", "followup"),
      A("7:30 pm (IST is UTC+5:30)."),
      U("ok so 9am chicago works for everyone, great", "acceptance")),
], think=False)

add("D", "trajectories_2026-07-09.jsonl", [
    S("vaccination record",
      U("find my kid's vaccination record pdf somewhere in Documents, I need it for the school form", "plain"),
      T("find ~/Documents -iname \"*.pdf\" | head -20",
        "/home/jonas/Documents/tax/2024/P60.pdf\n/home/jonas/Documents/tax/2025/P60.pdf\n/home/jonas/Documents/house/lease_2023.pdf\n/home/jonas/Documents/house/inventory.pdf\n/home/jonas/Documents/car/MOT_2025.pdf\n/home/jonas/Documents/car/insurance_schedule.pdf\n/home/jonas/Documents/kids/mila/school_report_y2.pdf\n/home/jonas/Documents/kids/mila/Mila_immunisations_2024.pdf\n/home/jonas/Documents/kids/mila/passport_scan.pdf\n/home/jonas/Documents/work/contract_2022.pdf\n/home/jonas/Documents/work/payslips_2025.pdf\n/home/jonas/Documents/manuals/boiler.pdf"),
      A("Here are the PDFs in your Documents folder:\n\n- ~/Documents/tax/2024/P60.pdf\n- ~/Documents/tax/2025/P60.pdf\n- ~/Documents/house/lease_2023.pdf\n- ~/Documents/house/inventory.pdf\n- ~/Documents/car/MOT_2025.pdf\n- ~/Documents/car/insurance_schedule.pdf\n- ~/Documents/kids/mila/school_report_y2.pdf\n- ~/Documents/kids/mila/Mila_immunisations_2024.pdf\n- ~/Documents/kids/mila/passport_scan.pdf\n- ~/Documents/work/contract_2022.pdf\n- ~/Documents/work/payslips_2025.pdf\n- ~/Documents/manuals/boiler.pdf\n\nOne of these is probably the vaccination record."),
      U("the vaccination one. for Mila", "repeat_narrow"),
      A("~/Documents/kids/mila/Mila_immunisations_2024.pdf"),
      U("great. can you copy it to the desktop as vaccination_record_mila.pdf", "new_task"),
      T("cp ~/Documents/kids/mila/Mila_immunisations_2024.pdf ~/Desktop/vaccination_record_mila.pdf && ls -l ~/Desktop/vaccination_record_mila.pdf",
        "-rw-r--r-- 1 jonas jonas 184233 Jul  9 08:41 /home/jonas/Desktop/vaccination_record_mila.pdf"),
      A("Copied to ~/Desktop/vaccination_record_mila.pdf."),
      U("thank you!!", "acceptance")),
    S("spanish subjunctive",
      U("correct my spanish please: 'Espero que tú vienes a la fiesta'", "plain"),
      A("Espero que tú vengas a la fiesta. After \"espero que\" you need the subjunctive: venir → vengas."),
      U("and 'Creo que él tenga razón'?", "followup"),
      A("Creo que él tiene razón. Affirmative \"creo que\" takes the indicative; it's the negative \"no creo que\" that takes the subjunctive: No creo que él tenga razón."),
      U("ahh that's the rule I keep mixing up. gracias", "acceptance")),
])

add("D", "trajectories_2026-07-11.jsonl", [
    S("wedding video",
      U("how big is ~/Videos/wedding.mov", "plain"),
      T("ls -lh ~/Videos/wedding.mov", "-rw-r--r-- 1 jonas jonas 7.8G Jun 28 19:02 /home/jonas/Videos/wedding.mov"),
      A("7.8 GB."),
      U("i need it under 2gb to send to my aunt. must still look ok on her tv", "followup"),
      A("Scale it down to 360p: `ffmpeg -i ~/Videos/wedding.mov -vf scale=-2:360 -c:v libx264 -crf 28 -c:a aac -b:a 96k ~/Videos/wedding_small.mp4`. That will come out at a few hundred MB."),
      U("360p on a tv will look awful, I said it has to look ok on her tv", "echo"),
      A("Keep it at 1080p and use H.264 with a slightly higher CRF: `ffmpeg -i ~/Videos/wedding.mov -c:v libx264 -crf 24 -preset slow -c:a aac -b:a 128k ~/Videos/wedding_small.mp4`. For a ~40 minute video that's about 1.5-2 GB, and H.264 plays on practically any TV. Want me to run it?"),
      U("go ahead", "clarify_answer"),
      T("ffmpeg -hide_banner -loglevel error -stats -i ~/Videos/wedding.mov -c:v libx264 -crf 24 -preset slow -c:a aac -b:a 128k ~/Videos/wedding_small.mp4 && ls -lh ~/Videos/wedding_small.mp4",
        "frame=71940 fps= 38 q=-1.0 Lsize= 1741306kB time=00:39:58.92 bitrate=5947.1kbits/s speed=1.27x\n-rw-r--r-- 1 jonas jonas 1.7G Jul 11 20:14 /home/jonas/Videos/wedding_small.mp4"),
      A("Done: ~/Videos/wedding_small.mp4 is 1.7 GB."),
      U("under 2, perfect, uploading", "acceptance")),
    S("resting steak",
      U("how long to rest a steak", "plain"),
      A("About 5 minutes for a 2-3 cm steak, or roughly half the cooking time."),
      U("my dad swears you should never rest it lol", "plain"),
      A("It's a long-running argument! Resting mostly keeps the juices from running onto the board; if you slice straight away it's still a good steak."),
      U("haha ok I'll tell him you're on my side", "acceptance")),
])

add("D", "trajectories_2026-07-13.jsonl", [
    S("blog title",
      U("5 title ideas for my blog post about switching from Windows to Linux at age 60. playful", "plain"),
      A("1. Sixty and Sudo\n2. Old Dog, New OS\n3. I Left Windows Open and Never Looked Back\n4. Retirement Project: Penguin\n5. My Grandkids Think I'm a Hacker Now"),
      U("haha love 'Sixty and Sudo'", "acceptance"),
      A("It's a good one. Want a subtitle to go with it?"),
      U("no, the title's enough. what about a short intro sentence though", "decline_offer"),
      A("At sixty I switched my laptop to Linux, mostly out of stubbornness, and found it was the most fun I've had with a computer in decades."),
      U("lovely, using that", "acceptance")),
    S("integer expression expected",
      U("my bash script says 'integer expression expected' on this line: if [ $count -gt 5 ]; then\ncount comes from: count=$(tail -1 stats.csv | cut -d, -f3)\nthe csv is exported from excel on windows", "plain"),
      A("This error means `$count` isn't a plain integer when the test runs. The `[` command (also known as `test`) only compares integers with -gt, -lt and friends. Common reasons are: the variable is empty, contains spaces or a newline, holds a decimal like 5.0, or has a Windows carriage return (\\r) at the end. To debug, add `set -x` at the top of your script and look at the expanded value, or print it with `printf '%q\\n' \"$count\"`. It's also good practice to quote the variable: `[ \"$count\" -gt 5 ]`."),
      U("you don't need to list every possible reason, tell me the fix for my case", "instead"),
      A("Excel's CSV has Windows line endings, so the last field is \"7\\r\". Strip it: `count=$(tail -1 stats.csv | cut -d, -f3 | tr -d '\\r')`."),
      U("that was it", "acceptance")),
    S("german message to team",
      U("translate into german for my team: 'the meeting is moved to Thursday 3pm, same room. tell me if you can't come'", "plain"),
      A("Das Meeting wurde auf Donnerstag um 15 Uhr verlegt, gleicher Raum. Bitte teilen Sie mir mit, falls Sie nicht kommen können."),
      U("first half is fine, but it's my team, we say du to each other", "partial"),
      A("Das Meeting ist auf Donnerstag, 15 Uhr verschoben, gleicher Raum. Sag mir Bescheid, falls du nicht kommen kannst."),
      U("danke!", "acceptance")),
], think=False)

add("D", "trajectories_2026-07-16.jsonl", [
    S("ww1 dates quiz",
      U("quiz me on WW1 dates, one question at a time", "plain"),
      A("When was Archduke Franz Ferdinand assassinated?"),
      U("28 june 1914", "plain"),
      A("Correct. Next: when did the Battle of the Somme begin?"),
      U("july 1916", "plain"),
      A("Correct, 1 July 1916. Next: when did the USA declare war on Germany?"),
      U("1917, april?", "plain"),
      A("Yes, 6 April 1917. Next: on what date was the armistice signed?"),
      U("11 nov 1918 obviously", "plain"),
      A("Correct! Here are five more to keep going:\n1. When did the Gallipoli landings begin?\n2. When was the Treaty of Brest-Litovsk signed?\n3. When did the Battle of Verdun start?\n4. When was the Lusitania sunk?\n5. When was the Treaty of Versailles signed?"),
      U("one at a time", "repeat_narrow"),
      A("Correct. Next: when did the Gallipoli landings begin?"),
      U("april 1915", "plain"),
      A("Right, 25 April 1915. That's 5 out of 5. Keep going or stop here?"),
      U("stop, enough for today", "decline_offer")),
    S("bathroom bulb",
      U("which bulb do I need for the bathroom ceiling light? old one says GU10 35W", "plain"),
      A("A GU10 LED of 4-5 W gives about the same light as the 35 W halogen. For a bathroom pick warm white (2700-3000 K), and if the light is on a dimmer, check that the bulb says dimmable."),
      U("it is on a dimmer", "followup"),
      A("Then buy bulbs marked \"dimmable\" on the box; non-dimmable LEDs flicker or buzz on a dimmer. Some older dimmers still flicker with LEDs; if that happens, an LED-compatible dimmer switch fixes it."),
      U("ok will get dimmable ones", "acceptance")),
    S("invoice payment terms",
      U("write the payment terms line for my freelance invoice: 30 days, bank transfer, late fee 2% per month", "plain"),
      A("Payment is due within 30 days of the invoice date."),
      U("ok but you dropped the bank transfer and the late fee", "partial"),
      A("Payment is due within 30 days of the invoice date by bank transfer. Late payments incur a fee of 2% per month."),
      U("👌", "acceptance")),
])

add("D", "trajectory_samples_2026-07-18.jsonl", [
    S("site up and cert",
      U("is my site jonasbakes.de up? just yes or no", "plain"),
      T("curl -s -o /dev/null -w \"%{http_code}\" https://jonasbakes.de", "200"),
      A("The server at jonasbakes.de responded to an HTTPS request with status code 200, which means the request succeeded and the site is reachable from this machine. Note that this doesn't guarantee it's reachable from everywhere: DNS propagation, regional CDN issues or firewalls could still affect some visitors. I also didn't check response time or certificate validity."),
      U("yes or no", "echo"),
      A("Yes."),
      U("and when does the ssl cert expire", "followup"),
      T("echo | openssl s_client -servername jonasbakes.de -connect jonasbakes.de:443 2>/dev/null | openssl x509 -noout -enddate", "notAfter=Aug  3 11:20:41 2026 GMT"),
      A("3 August 2026."),
      U("hm it should have auto renewed by now. check certbot and give me the one command that fixes it", "followup"),
      T("sudo certbot renew --dry-run 2>&1 | tail -4", "Failed to renew certificate jonasbakes.de with error: Could not bind TCP port 80 because it is already in use by another process on this system (such as a web server). Please stop the program in question and then try again.\n\nAll simulated renewals failed. The following certificates could not be renewed:\n  /etc/letsencrypt/live/jonasbakes.de/fullchain.pem (failure)", 1),
      A("The renewal fails because certbot is set up in standalone mode, which needs port 80, and your web server is already using it. You could stop the web server around each renewal with pre and post hooks, switch to the webroot plugin, or use the nginx plugin. Some people move to a DNS challenge instead, which avoids port 80 entirely but needs API access to your DNS provider. Which one is best depends on your setup; each has trade-offs in complexity and downtime."),
      U("don't give me the menu, give me the command. it's nginx", "instead"),
      A("`sudo apt install python3-certbot-nginx`"),
      U("that only installs the plugin, the renewal config still says standalone. that doesn't fix it", "explicit"),
      A("`sudo apt install python3-certbot-nginx && sudo certbot reconfigure --cert-name jonasbakes.de --authenticator nginx --installer nginx`\n\nThat switches the saved renewal settings to the nginx plugin, so the automatic renewals use it from now on. Then `sudo certbot renew` renews it straight away."),
      U("renewed, expiry is october now. thanks", "acceptance")),
    S("naples airport at night",
      U("landing at Naples airport 23:40 on a sunday, need to get to Sorrento. options?", "plain"),
      A("The easiest is to rent a car at the airport: all the big firms have desks in arrivals, and the drive to Sorrento is about an hour via the A3 and SS145. Book ahead in summer; automatics cost more."),
      U("I'm not driving the sorrento coast road at midnight after a flight. no car", "reject_approach"),
      A("Then book a private transfer: about 100-130 euros for the car, roughly an hour, and they track your flight if you land late. The airport bus to Sorrento won't be running that late, and a taxi from the rank costs about the same as a transfer but isn't guaranteed at midnight."),
      U("ok booking a transfer", "acceptance")),
])


# ===========================================================================
# E: plain chat log JSONL (message / tool_call / decision / error lines)
# ===========================================================================

add("E", "session_2026-07-01.jsonl", [S(
    "undo last commit",
    U("undo my last commit but keep the changes", "plain"),
    A("Run `git reset --hard HEAD~1`. This moves your branch back by one commit."),
    U("--hard throws the changes away!! that's the opposite of what I asked", "explicit"),
    A("You're right, sorry. Use `git revert HEAD`: it creates a new commit that undoes the last one, so your history stays intact."),
    U("I don't want a new commit. I want the commit gone and the edits back in my working tree", "instead"),
    A("`git reset --soft HEAD~1`: the commit is gone and its changes stay staged. Use `git reset HEAD~1` instead if you want them unstaged."),
    U("yep, changes are there. thanks", "acceptance"),
    DEC("no memory update", "one-off git question; nothing about the owner's preferences to keep"),
    A("Good."),
)])

add("E", "session_2026-07-03.jsonl", [S(
    "hard boiled eggs",
    U("how long do hard boiled eggs keep in the fridge", "plain"),
    A("About a week in the shell. Once peeled, eat them within a day or two."),
    U("and deviled eggs?", "followup"),
    A("2-3 days, covered. Would you like a simple deviled egg recipe?"),
    U("No thanks, I have my mum's recipe", "decline_offer"),
    A("Hard to beat that."),
    U("what's a good substitute for mayo in it? it's for someone who avoids raw egg", "new_task"),
    A("Greek yogurt works well, or yogurt with a little Dijon mustard. Shop-bought mayo is made with pasteurised egg, so it's usually fine too, but check with them."),
    U("yogurt it is", "acceptance"),
)], role="assistant")

add("E", "session_2026-07-05.jsonl", [S(
    "rename scans",
    U("rename all the .jpeg files in ~/Pictures/scan to .jpg", "plain"),
    A("You can do this with a small Python script:\n\n```python\nimport os\nfolder = os.path.expanduser('~/Pictures/scan')\nfor name in os.listdir(folder):\n    if name.endswith('.jpeg'):\n        os.rename(os.path.join(folder, name), os.path.join(folder, name[:-5] + '.jpg'))\n```\n\nSave it as rename.py and run `python3 rename.py`."),
    U("i don't want a script file, just do it in the shell", "reject_approach"),
    A("On it."),
    T("cd ~/Pictures/scan && for f in *.jpeg; do mv -- \"$f\" \"${f%.jpeg}.jpg\"; done && ls | grep -c '\\.jpg$' && ls | grep -c '\\.jpeg$'", "37\n0", 1),
    A("Done: 37 files in ~/Pictures/scan are now .jpg, and no .jpeg files are left."),
    U("can you also make a zip of that folder on my desktop", "new_task"),
    T("cd ~/Pictures && zip -rq ~/Desktop/scan.zip scan && ls -lh ~/Desktop/scan.zip", "-rw-r--r-- 1 jonas jonas 212M Jul  5 16:02 /home/jonas/Desktop/scan.zip"),
    A("Created ~/Desktop/scan.zip (212 MB)."),
    U("thanks!", "acceptance"),
)])

add("E", "session_2026-07-07.jsonl", [S(
    "train to berlin",
    U("cheapest way Amsterdam to Berlin on 9 August, i have a bike with me", "plain"),
    A("The direct Intercity from Amsterdam Centraal to Berlin Hbf (about 6 h 20) takes bikes if you book a bike spot, which costs extra. Saver fares are cheapest if you book now. Long-distance buses are cheaper but don't take full-size bikes."),
    U("oops I meant 19 August, not the 9th. same answer?", "plain"),
    A("Yes, same train and same bike rules on the 19th. It's a Wednesday, so saver fares are often easier to find than at the weekend."),
    U("how do i book the bike spot", "followup"),
    A("Bike reservations are an important part of planning a rail trip with a bicycle in Europe. Different operators handle them differently: Deutsche Bahn requires a bike ticket and a reservation on its long-distance trains, NS International sells them in some cases, and on many regional trains no reservation is needed at all. The rules have changed several times over the years, and capacity is limited, especially in summer, so it's wise to plan ahead and book as early as you can."),
    U("I need the steps on the website, not the background", "instead"),
    A("On bahn.de:\n1. Search Amsterdam → Berlin for 19 August and tick the bicycle option under \"Options\".\n2. Choose a train shown with the bike symbol.\n3. In the basket, add the bike ticket; the bike spot reservation comes with it on Intercity trains.\n4. Pay; the bike spot number is printed on your ticket."),
    U("booked 🚲", "acceptance"),
)])

add("E", "session_2026-07-09.jsonl", [S(
    "antibiotic schedule",
    U("i take antibiotics 3 times a day for 7 days. what times should i take them if i wake at 7 and sleep at 23", "plain"),
    A("Every 8 hours fits your day: 07:00, 15:00 and 23:00, just before bed."),
    U("with food or not? it's amoxicillin", "followup"),
    A("Amoxicillin can be taken with or without food; with food can help if it upsets your stomach. Finish the full 7 days even if you feel better sooner. Want me to set reminders for those three times?"),
    U("yes please, for the 7 days starting today", "clarify_answer"),
    T("hermes-cron add --name amoxicillin --at 07:00,15:00,23:00 --until 2026-07-15 --message 'Amoxicillin'", "hermes-cron: cannot write /var/lib/hermes/cron.d: permission denied", 1),
    ERR("tool call failed: permission denied", "hermes-cron add without --user; retrying in the user crontab"),
    T("hermes-cron add --user --name amoxicillin --at 07:00,15:00,23:00 --until 2026-07-15 --message 'Amoxicillin'", "created 3 reminders (daily until 2026-07-15)"),
    A("Done: reminders at 07:00, 15:00 and 23:00 every day until 15 July."),
    U("thank you, feeling rough today", "acceptance"),
    A("Sorry to hear that. Rest and drink plenty of water."),
)], role="assistant")

add("E", "session_2026-07-11.jsonl", [S(
    "declining emails",
    U("draft a polite no to a vendor meeting request, 2 sentences max", "plain"),
    A("Dear Mr. Alvarez,\n\nThank you very much for reaching out and for your interest in presenting your platform to our team. We truly appreciate the time you've taken to prepare your proposal. Unfortunately, we are not in a position to take on new tools this quarter, as our budget has already been allocated and the team is focused on existing commitments. We would be happy to revisit the conversation in the new year, so please feel free to get in touch again then.\n\nKind regards"),
    U("2 sentences max.", "echo"),
    A("Thanks for reaching out. We're not taking on new tools this quarter, so I'll pass for now, but feel free to check back in January."),
    U("good. sent.", "acceptance"),
    A("👍"),
    U("now one for declining a conference invite, speaker slot, it clashes with my holiday", "new_task"),
    A("Thank you for the invitation to speak; I'm honoured to be asked. Unfortunately the date clashes with a long-planned holiday, so I have to decline this year, but I'd be glad to be considered next time."),
    U("nice", "acceptance"),
)])

add("E", "session_2026-07-13.jsonl", [S(
    "bedroom paint",
    U("how much paint for a bedroom 4m x 3.5m, ceiling height 2.5m, two coats, walls only. one door one window", "plain"),
    A("4 × 3.5 = 14 m², times 2 coats = 28 m². At about 12 m² per litre you need roughly 2.5 litres."),
    U("that's the floor area, not the walls", "explicit"),
    A("Sorry. Walls: 2 × (4 + 3.5) × 2.5 = 37.5 m². Two coats = 75 m². At about 12 m² per litre that's 6.25 litres, so buy 7.5 L (a 5 L and a 2.5 L tin)."),
    U("better, but you didn't take off the door and the window I mentioned", "partial"),
)])

add("E", "session_2026-07-15.jsonl", [S(
    "pandas average price",
    U("in pandas, how do i get the average price per category from df", "plain"),
    A("`df.groupby(\"category\")[\"price\"].mean()`"),
    U("and sorted highest first", "followup"),
    A("`df.groupby(\"category\")[\"price\"].mean().sort_values(ascending=False)`"),
    U("getting this: TypeError: agg function failed [how->mean,dtype->object]", "plain"),
    A("Your price column is stored as text. Convert it first: `df[\"price\"] = pd.to_numeric(df[\"price\"].str.replace(\"€\", \"\"), errors=\"coerce\")`, then run the groupby again."),
    U("that was it, the euro signs. works now", "acceptance"),
    A("Great."),
)], role="assistant")

add("E", "session_2026-07-17.jsonl", [S(
    "french kitchen words",
    U("give me 5 French words for kitchen items, with article, no translation, I'll guess", "plain"),
    A("1. la casserole (saucepan)\n2. le couteau (knife)\n3. la poêle (frying pan)\n4. le four (oven)\n5. l'évier (sink)"),
    U("no translation!! now i've seen them all", "echo"),
    A("Fresh set, no translations:\n1. la louche\n2. le tire-bouchon\n3. la passoire\n4. le frigo\n5. la planche à découper"),
    U("ladle, corkscrew, colander, fridge, cutting board?", "plain"),
    A("5 out of 5. Très bien !"),
    U("merci 😄", "acceptance"),
)])

add("E", "session_2026-07-19.jsonl", [S(
    "ubuntu shortcuts",
    U("my new keyboard has no print screen key. how do I take a screenshot in ubuntu", "plain"),
    A("On current Ubuntu you can open the screenshot tool from the quick settings menu at the top right (the camera button). To get a keyboard shortcut for it, go to Settings → Keyboard → View and Customise Shortcuts → Screenshots and assign any key combination you like."),
    U("quick settings camera icon works. cheers", "acceptance"),
    A("Handy. Want me to set a shortcut for it too?"),
    U("yes, ctrl+shift+s", "clarify_answer"),
    T("gsettings set org.gnome.shell.keybindings show-screenshot-ui \"['<Ctrl><Shift>s']\" && gsettings get org.gnome.shell.keybindings show-screenshot-ui", "['<Ctrl><Shift>s']"),
    A("Done: Ctrl+Shift+S now opens the screenshot tool."),
    U("also what's the shortcut to lock the screen", "new_task"),
    A("Here are the most useful GNOME shortcuts:\n- Super: activities overview\n- Super + A: app grid\n- Super + L: lock screen\n- Super + D: show desktop\n- Alt + Tab: switch apps\n- Super + Left/Right: snap window\n- Ctrl + Alt + T: terminal\n- Super + V: notification list"),
    U("just the lock one, I don't need the whole list", "repeat_narrow"),
)])


# ===========================================================================
# Engine: labels, rendering, checks
# ===========================================================================

def derive_labels(name, idx, session):
    items = session["items"]
    users, replies = [], []
    for it in items:
        if it[0] == "u":
            users.append(it)
            replies.append(None)
        elif it[0] == "a":
            assert users, (name, idx)
            replies[-1] = it[1]
    n = len(users)
    corr = [u[2] in CORRECTION_KINDS for u in users]
    for j in range(n - 1):
        assert replies[j] is not None, (name, idx, j, "user turn without reply")
    anchor, chosen = [None] * n, [None] * n
    for j in range(n):
        if corr[j]:
            assert j > 0 and replies[j - 1] is not None, (name, idx, j)
            assert not (j >= 2 and corr[j - 1] and corr[j - 2]), "no triple corrections"
            anchor[j] = anchor[j - 1] if corr[j - 1] else j - 1
    for j in range(n - 1, -1, -1):
        if not corr[j]:
            continue
        if replies[j] is None:
            chosen[j] = None
        elif j + 1 < n and corr[j + 1]:
            chosen[j] = chosen[j + 1]
        elif j + 1 < n:
            chosen[j] = replies[j]
        else:
            raise AssertionError("%s[%d]: session ends on a retry" % (name, idx))
    labels = []
    for j, u in enumerate(users):
        lab = {"file": name, "session": idx, "turn": u[1], "kind": u[2], "correction": corr[j],
               "second": bool(corr[j] and j > 0 and corr[j - 1])}
        if corr[j]:
            lab["prompt_last_user"] = users[anchor[j]][1]
            lab["rejected"] = replies[j - 1]
            lab["chosen"] = chosen[j]
        labels.append(lab)
    return labels


def _start(name):
    digits = "".join(ch for ch in name.split(".")[0] if ch.isdigit())
    if len(digits) >= 14:
        return _dt.datetime.strptime(digits[:14], "%Y%m%d%H%M%S")
    return _dt.datetime.strptime(digits[:8], "%Y%m%d").replace(hour=7, minute=40)


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _epoch(t):
    return round(t.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2))).timestamp(), 3)


def _times(items, start, rng):
    t = start + _dt.timedelta(seconds=rng.uniform(1, 5))
    out = []
    for it in items:
        if it[0] == "u":
            if out:
                t += _dt.timedelta(seconds=rng.uniform(15, 120) + len(it[1]) / 5)
            out.append(t)
        elif it[0] == "a":
            t += _dt.timedelta(seconds=rng.uniform(1, 4) + len(it[1]) / 60)
            out.append(t)
        elif it[0] == "t":
            t += _dt.timedelta(seconds=rng.uniform(1, 3))
            t0 = t
            t += _dt.timedelta(seconds=rng.uniform(0.2, 5))
            out.append((t0, t))
        else:
            t += _dt.timedelta(seconds=rng.uniform(0.1, 0.8))
            out.append(t)
    return out


def _session_starts(name, n):
    rng = random.Random("starts:" + name)
    t = _start(name) + _dt.timedelta(minutes=rng.uniform(0, 60), microseconds=rng.randrange(10 ** 6))
    starts = []
    for i in range(n):
        if i:
            t += _dt.timedelta(hours=rng.uniform(1.5, 4.5), seconds=rng.uniform(0, 2400))
        starts.append(t)
    return starts


def _tool_result(out, rc):
    return json.dumps({"output": out, "exit_code": rc})


def render_A(name, sessions):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name) + _dt.timedelta(microseconds=rng.randrange(10 ** 6))
    ts = _times(s["items"], start, rng)
    msgs, n = [], 0
    for it in s["items"]:
        if it[0] == "u":
            msgs.append({"role": "user", "content": it[1]})
        elif it[0] == "a":
            msgs.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop"})
        elif it[0] == "t":
            n += 1
            cid = "call_%s_%d" % (name[-11:-5], n)
            msgs.append({"role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                         "tool_calls": [{"id": cid, "type": "function", "function": {
                             "name": "terminal", "arguments": json.dumps({"command": it[1]})}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                         "content": _tool_result(it[2], it[3])})
        else:
            raise ValueError(it[0])
    last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
    doc = {"session_id": name[len("session_"):-len(".json")], "model": "hermes3:8b",
           "base_url": "http://127.0.0.1:11434/v1", "platform": "cli", "session_start": _iso(start),
           "last_updated": _iso(last), "system_prompt": SYSTEM_PROMPT, "tools": [TERMINAL_TOOL],
           "message_count": len(msgs), "messages": msgs}
    return json.dumps(doc, indent=2) + "\n"


def render_B(name, sessions, platform="telegram"):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name)
    ts = _times(s["items"], start, rng)
    lines = [{"role": "session_meta", "tools": [], "model": "hermes3:8b", "platform": platform,
              "timestamp": _iso(start)}]
    n = 0
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop",
                          "timestamp": _iso(t)})
        elif it[0] == "t":
            n += 1
            cid = "call_%d" % n
            lines.append({"role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                          "tool_calls": [{"id": cid, "type": "function", "function": {
                              "name": "terminal", "arguments": json.dumps({"command": it[1]})}}],
                          "timestamp": _iso(t[0])})
            lines.append({"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                          "content": _tool_result(it[2], it[3]), "timestamp": _iso(t[1])})
        else:
            raise ValueError(it[0])
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def render_C(name, sessions, source="cli"):
    rng = random.Random(name)
    out = []
    for s, start in zip(sessions, _session_starts(name, len(sessions))):
        ts = _times(s["items"], start, rng)
        msgs = []
        for it, t in zip(s["items"], ts):
            if it[0] == "u":
                msgs.append({"role": "user", "content": it[1], "timestamp": _epoch(t)})
            elif it[0] == "a":
                msgs.append({"role": "assistant", "content": it[1], "timestamp": _epoch(t)})
            else:
                raise ValueError(it[0])
        sid = start.strftime("%Y%m%d_%H%M%S") + "_" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
        out.append({"id": sid, "source": source, "model": "hermes3:8b", "started_at": _epoch(start),
                    "ended_at": _epoch(ts[-1] + _dt.timedelta(seconds=3)), "title": s["title"],
                    "messages": msgs})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_D(name, sessions, think=True):
    rng = random.Random(name)
    pre = THINK if think else ""
    out = []
    for s, start in zip(sessions, _session_starts(name, len(sessions))):
        conv = [{"from": "system", "value": SHAREGPT_SYSTEM}]
        n = 0
        for it in s["items"]:
            if it[0] == "u":
                conv.append({"from": "human", "value": it[1]})
            elif it[0] == "a":
                conv.append({"from": "gpt", "value": pre + it[1]})
            elif it[0] == "t":
                n += 1
                conv.append({"from": "gpt", "value": pre + "<tool_call>\n" + json.dumps(
                    {"name": "terminal", "arguments": {"command": it[1]}}) + "\n</tool_call>"})
                conv.append({"from": "tool", "value": "<tool_response>\n" + json.dumps(
                    {"tool_call_id": "call_%d" % n, "name": "terminal",
                     "content": {"output": it[2], "exit_code": it[3]}}) + "\n</tool_response>"})
            else:
                raise ValueError(it[0])
        ts = _times(s["items"], start, rng)
        last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
        out.append({"conversations": conv, "timestamp": _iso(last), "model": "hermes3:8b",
                    "completed": s["items"][-1][0] == "a"})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_E(name, sessions, role="timmy"):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name) + _dt.timedelta(hours=rng.uniform(0, 12), seconds=rng.uniform(0, 3000))
    ts = _times(s["items"], start, rng)
    lines = []
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"type": "message", "role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"type": "message", "role": role, "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "t":
            lines.append({"type": "tool_call", "tool": "terminal", "args": {"command": it[1]},
                          "result": _tool_result(it[2], it[3]), "timestamp": _iso(t[1])})
        elif it[0] == "dec":
            lines.append({"type": "decision", "decision": it[1], "rationale": it[2], "timestamp": _iso(t)})
        elif it[0] == "err":
            lines.append({"type": "error", "error": it[1], "context": it[2], "timestamp": _iso(t)})
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


RENDER = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E}


def main():
    names = [f[1] for f in FILES]
    assert len(names) == len(set(names)), "duplicate file names"
    for fn in os.listdir(HERE):
        if fn.endswith((".json", ".jsonl")) and fn != "labels.jsonl" and fn not in names:
            os.remove(os.path.join(HERE, fn))
    labels = []
    for fmt, name, sessions, opts in sorted(FILES, key=lambda f: f[1]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(RENDER[fmt](name, sessions, **opts))
        for i, s in enumerate(sessions):
            labels.extend(derive_labels(name, i, s))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    fmt_of = {f[1]: f[0] for f in FILES}
    print("files", len(FILES), "sessions", sum(len(f[2]) for f in FILES), "user turns", len(labels))
    for fmt in "ABCDE":
        fs = [f for f in FILES if f[0] == fmt]
        print(" ", fmt, "files", len(fs), "sessions", sum(len(f[2]) for f in fs),
              "turns", sum(1 for l in labels if fmt_of[l["file"]] == fmt))
    for k in ALL_KINDS:
        print("  %-16s %d" % (k, sum(1 for l in labels if l["kind"] == k)))
    print("  second", sum(1 for l in labels if l["second"]),
          "corrections", sum(1 for l in labels if l["correction"]),
          "pairs", sum(1 for l in labels if l["correction"] and l["chosen"] is not None))


if __name__ == "__main__":
    main()
