"""Hand-written sessions of the `fresh2` corpus, format A: Hermes session JSON, one session per file (data only; see make_fresh2.py)."""

from sessions_fresh2 import A, S, T, U, add

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
