"""Hand-written sessions of the `fresh2` corpus, format B: gateway transcript JSONL, one session per file (data only; see make_fresh2.py)."""

from sessions_fresh2 import A, S, T, U, add

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
