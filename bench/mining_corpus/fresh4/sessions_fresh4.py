"""Hand-written sessions for the fresh4 corpus (author E), formats A and B.

Each session is a dict with a format letter and a list of items:
  U(text, kind, second=False)  a user turn and its hand label
  A(text)                      an assistant text message
  T(args, result, tool=...)    one tool call and its result (before a reply)
  DEC(decision, rationale)     an E-format decision line
  ERR(error, context)          an E-format error line
Labels (prompt_last_user / rejected / chosen) are derived from these items by
make_fresh4.py, so the texts in the files and in labels.jsonl cannot drift.
"""

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial")
NEGATIVE_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain")


def U(text, kind, second=False):
    assert kind in CORRECTION_KINDS + NEGATIVE_KINDS, kind
    return ("u", text, kind, second)


def A(text):
    return ("a", text)


def T(args, result, tool="terminal"):
    if isinstance(args, str):
        args = {"command": args}
    if isinstance(result, str):
        result = {"output": result, "exit_code": 0}
    return ("t", tool, args, result)


def DEC(decision, rationale):
    return ("d", decision, rationale)


def ERR(error, context):
    return ("e", error, context)


# ---------------------------------------------------------------- format A
SESSIONS_A = [
    # A1 terse dev, echo
    {"fmt": "A", "start": "2026-06-01T08:14:09", "platform": "cli", "items": [
        U("count lines of python in ~/proj/ledgerbot, excluding the venv", "plain"),
        T("find ~/proj/ledgerbot -name '*.py' | xargs wc -l | tail -1", "   48211 total"),
        A("~/proj/ledgerbot contains 48,211 lines of Python across all of its .py files."),
        U("excluding the venv", "echo"),
        T("find ~/proj/ledgerbot -name .venv -prune -o -name '*.py' -print | xargs wc -l | tail -1", "    6120 total"),
        A("6,120 lines with `.venv` pruned. The other ~42k were installed packages inside the venv."),
        U("and how many of those 6120 are under tests/", "followup"),
        T("find ~/proj/ledgerbot/tests -name '*.py' | xargs wc -l | tail -1", "    2275 total"),
        A("2,275 of them are in tests/, a bit over a third of the code."),
        U("ok good", "acceptance"),
        A("Healthy ratio for a project that size."),
    ]},
    # A2 polite parent, echo then partial (second)
    {"fmt": "A", "start": "2026-06-02T19:41:30", "platform": "cli", "items": [
        U("Could you write a short note to my daughter's teacher (Mrs Achterberg, class 4B) saying Lina will be absent Thursday and Friday for her grandmother's 80th birthday in Porto? Keep it friendly.", "plain"),
        A("Subject: Absence Notification \u2013 Lina (Class 4B)\n\nDear Mrs Achterberg,\n\nI am writing to formally notify you that my daughter, Lina, will be absent from school on Thursday and Friday of this week. The absence is due to a significant family occasion, namely her grandmother's 80th birthday celebration, which will take place in Porto, Portugal.\n\nWe fully appreciate the importance of regular attendance and the disruption that absences may cause to the class. We would therefore be most grateful if you could provide any work that Lina may be able to complete during this period, so that she does not fall behind her peers. Please do not hesitate to contact me should you require any further information or documentation regarding this absence.\n\nThank you in advance for your understanding and cooperation.\n\nYours sincerely,\n[Your Name]"),
        U("Hmm, that reads like a solicitor's letter. Friendly, remember? She's eight.", "echo"),
        A("Hi Mrs Achterberg,\n\nJust a quick note to let you know Lina will be off on Thursday and Friday \u2014 we're heading to Porto for her grandma's 80th birthday! She's very excited.\n\nIf there's anything she should read or practise while she's away, just let me know and we'll make sure she does it.\n\nThanks so much, and have a lovely weekend!\n\nBest wishes,\n[Your Name]"),
        U("Much nicer. But she is not doing homework at a birthday party, take the middle bit out.", "partial", True),
        A("Hi Mrs Achterberg,\n\nJust a quick note to let you know Lina will be off on Thursday and Friday \u2014 we're heading to Porto for her grandma's 80th birthday! She's very excited.\n\nThanks so much, and have a lovely weekend!\n\nBest wishes,\n[Your Name]"),
        U("Lovely, sending that now. Thank you!", "acceptance"),
        A("Have a wonderful time in Porto."),
    ]},
    # A3 downloads cleanup, clarify answer, followup, reject_approach
    {"fmt": "A", "start": "2026-06-03T21:05:12", "platform": "cli", "items": [
        U("my Downloads folder is a disaster. move all the PDFs older than 90 days into ~/Documents/old-pdfs", "plain"),
        T("mkdir -p ~/Documents/old-pdfs && find ~/Downloads -maxdepth 1 -name '*.pdf' -mtime +90 | wc -l", "      37"),
        A("There are 37 PDFs in Downloads older than 90 days, and ~/Documents/old-pdfs exists now. Should I move them straight away, or do you want to see the list first?"),
        U("move them", "clarify_answer"),
        T("find ~/Downloads -maxdepth 1 -name '*.pdf' -mtime +90 -exec mv {} ~/Documents/old-pdfs/ \\;", ""),
        T("ls ~/Documents/old-pdfs | wc -l", "      37"),
        A("Done \u2014 37 PDFs moved to ~/Documents/old-pdfs. Nothing was deleted."),
        U("great. the .dmg files can go completely, they're all old installers", "followup"),
        A("Since these would be gone for good, the safest route is to send them to the Bin instead of erasing them. Here's a small script using the `send2trash` package:\n\n```python\n# pip install send2trash\nfrom pathlib import Path\nfrom send2trash import send2trash\n\nfor p in Path('~/Downloads').expanduser().glob('*.dmg'):\n    send2trash(str(p))\n    print('trashed', p.name)\n```\n\nInstall the package with `pip install send2trash`, save this as `trash_dmgs.py` and run `python3 trash_dmgs.py`. That way you can still restore anything from the Bin if you change your mind."),
        U("i'm not pip installing a package to get rid of a dozen files. just rm them", "reject_approach"),
        T("find ~/Downloads -maxdepth 1 -name '*.dmg' -print -delete", "/Users/nikhil/Downloads/Zoom.dmg\n/Users/nikhil/Downloads/googlechrome.dmg\n/Users/nikhil/Downloads/VLC-3.0.20-arm64.dmg\n/Users/nikhil/Downloads/Docker.dmg\n/Users/nikhil/Downloads/Rectangle0.79.dmg\n/Users/nikhil/Downloads/Firefox 126.0.dmg\n/Users/nikhil/Downloads/obsidian-1.5.12.dmg\n/Users/nikhil/Downloads/Signal-7.9.0.dmg\n/Users/nikhil/Downloads/Spotify.dmg\n/Users/nikhil/Downloads/iTerm2-3_5_0.dmg\n/Users/nikhil/Downloads/Slack-4.38.dmg\n/Users/nikhil/Downloads/KeePassXC-2.7.8.dmg"),
        A("Deleted the 12 .dmg files listed above from Downloads, about 4.1 GB freed."),
        U("\U0001F44D", "acceptance"),
        A("Downloads is down to 63 items now."),
    ]},
    # A4 non-native, mortgage, instead then partial (second)
    {"fmt": "A", "start": "2026-06-04T10:22:48", "platform": "cli", "items": [
        U("I have 3 offers for fixed mortgage. 1) 3.85% fix 10 years, 2) 3.6% fix 5 years, 3) 4.1% fix 15 years. Loan is 280000 euro, 30 years amortisation. Which monthly payment for each?", "plain"),
        A("Monthly payments for \u20ac280,000 over 30 years:\n\n1. 3.85% (10-year fix): \u20ac1,312.66\n2. 3.60% (5-year fix): \u20ac1,273.01\n3. 4.10% (15-year fix): \u20ac1,352.96\n\nOffer 2 is cheapest per month, by about \u20ac40 against offer 1 and \u20ac80 against offer 3."),
        U("Monthly I see, ok. But what I need for compare is the rest debt at the end of each fix period, this is more important for me.", "instead"),
        A("Remaining balance when each fixed period ends:\n\n1. 3.85%, after 10 years: \u20ac219,470\n2. 3.60%, after 5 years: \u20ac251,581\n3. 4.10%, after 15 years: \u20ac179,278\n\nWith offer 3 you have the least left to refinance, and for the longest time."),
        U("Number 1 and 2 I calculated also, same. But number 3 looks too low to me, I think you used the 3.85 there.", "partial", True),
        A("You're right, I ran offer 3 with the 3.85% rate. At 4.10% the balance after 15 years is \u20ac181,676.\n\n1. 3.85%, after 10 years: \u20ac219,470\n2. 3.60%, after 5 years: \u20ac251,581\n3. 4.10%, after 15 years: \u20ac181,676"),
        U("ok now it is clear, thank you. I think I take number 1", "acceptance"),
        A("A sensible middle: a lower rate than offer 3 and ten years of certainty, with about \u20ac219k left to refinance in 2036."),
    ]},
    # A5 sarcastic, explicit then partial (second)
    {"fmt": "A", "start": "2026-06-05T23:48:02", "platform": "cli", "items": [
        U("tar command to pull out just one file, config/app.yaml, from backup.tar.gz", "plain"),
        A("Run `tar -xzf backup.tar.gz`, then you'll find `config/app.yaml` inside the extracted folder."),
        U("ah yes, extract everything. the literal opposite of what i asked, thanks", "explicit"),
        A("`tar -xzf backup.tar.gz --wildcards '*app.yaml'`"),
        U("getting warmer. but that grabs every app.yaml in there and there are like six. i want that exact path", "partial", True),
        A("Name the member exactly: `tar -xzf backup.tar.gz config/app.yaml`. Check the stored path first with `tar -tzf backup.tar.gz | grep app.yaml`; if it's listed as `./config/app.yaml`, use that form."),
        U("it was ./config/app.yaml. works", "acceptance"),
        A("That leading ./ catches everyone at least once."),
    ]},
    # A6 train, decline + new request, explicit
    {"fmt": "A", "start": "2026-06-06T07:31:55", "platform": "cli", "items": [
        U("is there a direct train from Vienna to Venice and how long is it", "plain"),
        A("Yes. \u00d6BB runs direct trains from Wien Hbf to Venezia Santa Lucia a couple of times a day; the trip takes roughly 7\u00bd to 8 hours via Villach and Udine. Do you want me to sketch which departure works for arriving before dinner?"),
        U("nah I'll look at the times myself. which side should I sit on for the views", "decline_offer"),
        A("The route south from Vienna is one of the most historic railway lines in Europe. The Semmering section, completed in 1854 under the engineer Carl von Ghega, was the first true mountain railway ever built and has been a UNESCO World Heritage Site since 1998. It climbs through 14 tunnels and over 16 viaducts, many of them two-tiered stone structures, and was a remarkable feat of 19th-century engineering given the gradients involved. Further on, the line passes through Carinthia, with lakes and forested valleys, before crossing into Italy and descending towards the Venetian plain."),
        U("lovely history lesson. I asked which side", "explicit"),
        A("Left-hand side facing forward for the Semmering viaducts; after Villach the right side gets more of the valley. Mid-carriage seats avoid the window pillars."),
        U("cheers", "acceptance"),
        A("Enjoy the ride."),
    ]},
    # A7 data analysis, repeat_narrow, followups, new task
    {"fmt": "A", "start": "2026-06-08T14:02:40", "platform": "cli", "items": [
        U("what's the average order value in ~/data/orders_may.csv? the column is 'total'", "plain"),
        T("python3 -c \"import csv,statistics as s; v=[float(r['total']) for r in csv.DictReader(open('/Users/ola/data/orders_may.csv'))]; print(len(v), round(s.mean(v),2), s.median(v), round(s.stdev(v),2), min(v), max(v))\"", "1842 57.31 42.0 61.88 3.5 980.0"),
        A("Here's a summary of the 'total' column in orders_may.csv:\n\n- Orders: 1,842\n- Mean: 57.31\n- Median: 42.00\n- Standard deviation: 61.88\n- Min: 3.50\n- Max: 980.00\n\nThe mean sits well above the median, which points to a right-skewed distribution driven by a handful of large orders. You may want to look at the top 1% separately, or report the median as a more robust measure of a typical order."),
        U("just the average", "repeat_narrow"),
        A("57.31"),
        U("now same for april", "followup"),
        T("python3 -c \"import csv,statistics as s; print(round(s.mean(float(r['total']) for r in csv.DictReader(open('/Users/ola/data/orders_apr.csv'))),2))\"", "54.02"),
        A("54.02 for April, so May was up about 6%."),
        U("and both without the refunded ones (status column = refunded)", "followup"),
        T("for m in apr may; do python3 -c \"import csv,statistics as s; print('$m', round(s.mean(float(r['total']) for r in csv.DictReader(open('/Users/ola/data/orders_$m.csv')) if r['status']!='refunded'),2))\"; done", "apr 55.10\nmay 59.88"),
        A("Excluding refunded orders: April 55.10, May 59.88."),
        U("thx", "acceptance"),
        A("You're welcome."),
        U("different question, what's the shortcut for an em dash on a mac", "new_task"),
        A("Option-Shift-hyphen (\u2325\u21e7-)."),
        U("\U0001F44C", "acceptance"),
        A("\u2014 like that."),
    ]},
    # A8 linkedin post, echo as last turn (no reply)
    {"fmt": "A", "start": "2026-06-09T12:15:33", "platform": "cli", "items": [
        U("write a linkedin post announcing I'm leaving Brightwell after 6 years to join a small climate startup. under 80 words, no emojis, no 'thrilled'", "plain"),
        A("\U0001F331 Big news! \U0001F331\n\nAfter six incredible years at Brightwell, I'm thrilled to share that I'm embarking on an exciting new chapter! \U0001F680 I'll be joining an amazing early-stage climate startup, where I'll get to work on one of the most important challenges of our time. \U0001F30D\n\nI want to thank every single colleague, mentor and friend who made my time at Brightwell so special. I've grown so much, learned from the best, and I'll carry those lessons with me wherever I go. \U0001F64F\n\nStay tuned for more updates \u2014 the best is yet to come! \U0001F4AA #NewBeginnings #ClimateTech #Grateful #CareerGrowth"),
        U("no emojis. no 'thrilled'. under 80 words. three constraints, you broke all three", "echo"),
    ]},
    # A9 eggs, clarify answer, memory tool
    {"fmt": "A", "start": "2026-06-10T07:02:18", "platform": "cli", "tools": ["memory"], "items": [
        U("how long do I boil eggs for jammy yolks", "plain"),
        A("Are they straight from the fridge or at room temperature, and what size?"),
        U("fridge, large", "clarify_answer"),
        A("6\u00bd minutes, lowered into water that's already at a rolling boil, then straight into iced water for 2 minutes before peeling."),
        U("they came out perfect. can you remember that timing so I don't have to ask again", "followup"),
        T({"action": "add", "target": "user", "content": "Jammy eggs the way the owner likes them: large eggs from the fridge, 6.5 min in rolling boil, then 2 min iced water."}, {"success": True, "target": "user", "entries": 9}, tool="memory"),
        A("Saved: large fridge eggs, 6\u00bd minutes at a rolling boil, 2 minutes in iced water."),
        U("ta", "acceptance"),
        A("Enjoy breakfast."),
    ]},
    # A10 python stdlib, reject_approach, followup with instead (hard negative)
    {"fmt": "A", "start": "2026-06-11T16:40:07", "platform": "cli", "items": [
        U("python: yesterday's date as YYYY-MM-DD?", "plain"),
        A("The `arrow` library makes this very readable:\n\n```python\nimport arrow\nprint(arrow.now().shift(days=-1).format('YYYY-MM-DD'))\n```\n\nInstall it with `pip install arrow`."),
        U("stdlib please, this runs on a locked-down box where I can't install anything", "reject_approach"),
        A("```python\nfrom datetime import date, timedelta\nprint((date.today() - timedelta(days=1)).isoformat())\n```"),
        U("cheers. and the first day of last month, same style?", "followup"),
        A("```python\nfrom datetime import date, timedelta\nfirst_this = date.today().replace(day=1)\nprint((first_this - timedelta(days=1)).replace(day=1).isoformat())\n```"),
        U("nice, and could you make it a function that takes the date as a parameter instead of always using today", "followup"),
        A("```python\nfrom datetime import date, timedelta\n\ndef first_of_previous_month(d: date) -> date:\n    return (d.replace(day=1) - timedelta(days=1)).replace(day=1)\n\nprint(first_of_previous_month(date.today()).isoformat())\n```"),
        U("\U0001F44C", "acceptance"),
        A("It handles January correctly too, rolling back to 1 December."),
    ]},
    # A11 council complaint, clarify answer, instead
    {"fmt": "A", "start": "2026-06-17T18:26:51", "platform": "cli", "items": [
        U("help me complain to the council: our green bin hasn't been collected three weeks running. Larchfield Road. we pay for the garden waste subscription", "plain"),
        A("Happy to. Do you have the dates of the missed collections and your subscription number? It makes the complaint much harder to brush off."),
        U("missed 2, 9 and 16 June. subscription GW-44817", "clarify_answer"),
        A("Subject: Missed garden waste collections \u2013 Larchfield Road (subscription GW-44817)\n\nDear Waste Services,\n\nI am writing to complain that our green garden waste bin on Larchfield Road has not been collected on three consecutive scheduled days: 2 June, 9 June and 16 June 2026.\n\nWe pay for the garden waste subscription (reference GW-44817), and the bin was put out by 7am on each occasion. No explanation or notice has been given, and the bin is now full and starting to smell in the warm weather.\n\nI would be grateful if you could:\n1. arrange a collection as soon as possible;\n2. confirm why the collections were missed; and\n3. credit our subscription for the three missed weeks.\n\nI look forward to your reply.\n\nYours faithfully,\n[Name]\n[Address, Larchfield Road]"),
        U("ah, they only take complaints through the online form. can you make it the text for that instead? there's one box, 1000 characters max", "instead"),
        A("Our garden waste bin on Larchfield Road (subscription GW-44817) has not been collected on three scheduled days in a row: 2, 9 and 16 June 2026. It was out by 7am each time and we received no notice or explanation. The bin is now full and smelling in the heat. Please (1) collect it as soon as possible, (2) tell us why the collections were missed, and (3) credit our subscription for the three missed weeks. Thank you."),
        U("submitted, thanks", "acceptance"),
        A("Keep the reference number they email back in case you need to chase it."),
    ]},
    # A12 interview questions, partial (first), new task
    {"fmt": "A", "start": "2026-06-19T08:55:20", "platform": "cli", "items": [
        U("give me 3 good questions to ask at the end of an interview for a data engineer role", "plain"),
        A("Here are some strong questions to ask:\n\n1. **What does a typical week look like for someone in this role?** This shows you're thinking practically about the job.\n2. **How does the team measure success?** It demonstrates that you care about delivering results.\n3. **What's the biggest data quality problem the team is dealing with right now?** It shows technical curiosity and gives you a real picture of the work.\n4. **What opportunities are there for professional development?** Employers like candidates who want to grow.\n5. **What are the next steps in the hiring process?** Always a safe way to close."),
        U("number 3 is the only good one, the rest I could ask at any job. two more in the style of number 3 please", "partial"),
        A("1. What's the biggest data quality problem the team is dealing with right now?\n2. If you had a month with no feature requests, which pipeline would you rewrite first, and why?\n3. When a number on a dashboard turns out to be wrong, how does someone usually notice, and who ends up fixing it?"),
        U("yes, these are really good", "acceptance"),
        A("The second one tends to get interviewers talking."),
        U("also what do I wear? it's a 40 person startup, video call", "new_task"),
        A("A plain shirt or a good knit in a solid colour; no need for a jacket at a 40-person startup. Avoid fine stripes, which shimmer on camera."),
        U("ok perfect", "acceptance"),
        A("Good luck tomorrow."),
    ]},
    # A13 meeting notes, explicit then partial (second)
    {"fmt": "A", "start": "2026-06-22T11:03:44", "platform": "cli", "items": [
        U("turn these notes into action items with owners:\n\n- Marta to check if venue can do 120 not 100\n- budget: Tomasz said he'd get final quote from caterer by Friday\n- we still need a photographer, nobody volunteered\n- Ines: send save-the-date once venue confirmed\n- parking?? ask venue", "plain"),
        A("**Action items**\n\n- **Marta** \u2013 Confirm with the venue whether they can host 120 guests instead of 100.\n- **Marta** \u2013 Find and book a photographer.\n- **Tomasz** \u2013 Get the final quote from the caterer by Friday.\n- **Ines** \u2013 Send the save-the-date once the venue is confirmed.\n- **Ines** \u2013 Ask the venue about parking."),
        U("nobody volunteered for the photographer, you can't just hand it to Marta. same with parking, that's not Ines's", "explicit"),
        A("**Action items**\n\n- **Marta** \u2013 Confirm with the venue whether they can host 120 guests instead of 100.\n- **Tomasz** \u2013 Get the final quote from the caterer.\n- **Ines** \u2013 Send the save-the-date once the venue is confirmed.\n- **Unassigned** \u2013 Find and book a photographer.\n- **Unassigned** \u2013 Ask the venue about parking."),
        U("better. you dropped the friday deadline for Tomasz though", "partial", True),
        A("**Action items**\n\n- **Marta** \u2013 Confirm with the venue whether they can host 120 guests instead of 100.\n- **Tomasz** \u2013 Get the final quote from the caterer by Friday.\n- **Ines** \u2013 Send the save-the-date once the venue is confirmed.\n- **Unassigned** \u2013 Find and book a photographer.\n- **Unassigned** \u2013 Ask the venue about parking."),
        U("great, pasting it into the channel", "acceptance"),
        A("Someone will probably grab the parking one once it's sitting there unassigned."),
    ]},
    # A14 public ip, repeat_narrow then instead (second)
    {"fmt": "A", "start": "2026-06-24T20:12:09", "platform": "cli", "items": [
        U("what's my public ip", "plain"),
        T("curl -s ifconfig.me", "81.2.69.160"),
        T("ipconfig getifaddr en0; route -n get default | grep gateway", "192.168.1.23\n    gateway: 192.168.1.1"),
        A("Your public IPv4 address is 81.2.69.160.\n\nFor reference, your Mac's local address on Wi-Fi (en0) is 192.168.1.23 and your router is at 192.168.1.1. If you use iCloud Private Relay or a VPN, websites may see a different address from the one above, and most home connections get a new public address from the ISP every so often, so it may change."),
        U("just the ip", "repeat_narrow"),
        A("81.2.69.160"),
        U("hm that's v4. I need the v6 one for the firewall rule", "instead", True),
        T("curl -s -6 ifconfig.me", "2a02:8010:6a4f:0:1c2e:9ab4:71f0:3d12"),
        A("2a02:8010:6a4f:0:1c2e:9ab4:71f0:3d12"),
        U("ta", "acceptance"),
        A("With IPv6 privacy extensions on, that exact address rotates; the /64 prefix 2a02:8010:6a4f:0::/64 is what stays stable for the rule."),
    ]},
]


# ---------------------------------------------------------------- format B
SESSIONS_B = [
    # B1 docker/colima, reject_approach, followup, new task
    {"fmt": "B", "start": "2026-06-01T13:20:41", "platform": "telegram", "items": [
        U("how much space are my docker images using", "plain"),
        A("The easiest way to see this is in Docker Desktop: open the Dashboard, go to Settings \u2192 Resources \u2192 Advanced, and look at the disk image size. The Images tab also lists the size of each image, and you can sort by size to find the largest ones."),
        U("I don't use docker desktop, it's colima. can't you just check from the terminal", "reject_approach"),
        T("docker system df", "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          41        6         31.4GB    9.8GB (31%)\nContainers      7         2         212MB     180MB (84%)\nLocal Volumes   12        4         902MB     388MB (43%)\nBuild Cache     167       0         5.9GB     5.9GB"),
        A("Images take 31.4 GB (9.8 GB reclaimable); on top of that the build cache is 5.9 GB and volumes 0.9 GB, so Docker is using about 38 GB in total."),
        U("prune the dangling images and the build cache, leave volumes alone", "followup"),
        T("docker image prune -f && docker builder prune -f", "Total reclaimed space: 9.6GB\nTotal reclaimed space: 5.9GB"),
        A("Reclaimed 15.5 GB (9.6 GB of images, 5.9 GB of build cache). Volumes untouched."),
        U("nice one", "acceptance"),
        A("Docker is down to about 22.5 GB."),
        U("unrelated, shortcut to lock the screen?", "new_task"),
        A("Control-Command-Q."),
        U("ta", "acceptance"),
        A("\U0001F44D"),
    ]},
    # B2 retired cook, explicit, decline
    {"fmt": "B", "start": "2026-06-02T18:03:10", "platform": "telegram", "items": [
        U("Good evening. I have two chicken thighs, a tin of chickpeas, half a lemon and a bag of spinach. Could you suggest something for supper for one? I am without an oven at the moment, it is being repaired.", "plain"),
        A("Here's a lovely one-tray dinner: **Roasted Lemon Chicken Thighs with Crispy Chickpeas and Wilted Spinach**.\n\n1. Preheat the oven to 220\u00b0C (200\u00b0C fan).\n2. Drain and dry the chickpeas, toss them with olive oil, salt and a pinch of paprika, and spread them on a baking tray.\n3. Season the chicken thighs, squeeze over the lemon, and nestle them skin side up among the chickpeas.\n4. Roast for 35\u201340 minutes until the skin is golden and the chickpeas are crunchy.\n5. In the last 2 minutes, pile the spinach on top so it wilts in the heat.\n\nServe with the roasting juices spooned over. Enjoy!"),
        U("That does sound nice, but as I mentioned, the oven is being repaired.", "explicit"),
        A("A stovetop version, then \u2014 one frying pan:\n\n1. Season the thighs and cook them skin side down in a dry pan over medium heat for 12\u201315 minutes until the skin is crisp, then turn and cook 8 more minutes. Lift them out.\n2. Tip the drained chickpeas into the fat left in the pan with a crushed garlic clove if you have one; fry 5 minutes.\n3. Add the spinach and let it wilt, then squeeze in the half lemon and season.\n4. Put the chicken back on top for a minute to warm through.\n\nAbout 30 minutes in all. Would you like a shopping list for a few more oven-free suppers this week?"),
        U("No thank you, I do my shopping on Thursdays and the oven should be back by then.", "decline_offer"),
        A("Good to hear. Enjoy your supper."),
        U("It was delicious, thank you.", "acceptance"),
        A("I'm glad. Leftover chickpeas keep 3\u20134 days in the fridge in a covered container."),
    ]},
    # B3 Lisbon itinerary, echo then explicit (second), both null
    {"fmt": "B", "start": "2026-06-03T22:47:19", "platform": "telegram", "items": [
        U("3 day itinerary for lisbon pls. i hate museums and love food", "plain"),
        A("**Day 1 \u2013 Baixa and Alfama**\nMorning: coffee and a pastel de nata at Manteigaria, then walk down to Pra\u00e7a do Com\u00e9rcio.\nAfternoon: wander up through Alfama to the Miradouro de Santa Luzia.\nEvening: dinner and fado at a small tasca in Alfama.\n\n**Day 2 \u2013 Bel\u00e9m**\nMorning: Gulbenkian Museum \u2014 one of Europe's finest private art collections.\nAfternoon: Bel\u00e9m Tower and Jer\u00f3nimos Monastery, with the original past\u00e9is at Past\u00e9is de Bel\u00e9m.\nEvening: seafood at Cervejaria Ramiro.\n\n**Day 3 \u2013 Markets and views**\nMorning: Time Out Market for a long grazing brunch.\nAfternoon: LX Factory for shops and street food.\nEvening: sunset at Miradouro da Senhora do Monte and bifanas at a counter nearby."),
        U("i hate museums. day 2 literally starts with a museum lol", "echo"),
        A("**Day 1 \u2013 Baixa and Alfama**\nMorning: coffee and a pastel de nata at Manteigaria, then walk down to Pra\u00e7a do Com\u00e9rcio.\nAfternoon: wander up through Alfama to the Miradouro de Santa Luzia.\nEvening: dinner and fado at a small tasca in Alfama.\n\n**Day 2 \u2013 Bel\u00e9m and Campo de Ourique**\nMorning: the Campo de Ourique market for petiscos and a glass of vinho verde.\nAfternoon: Past\u00e9is de Bel\u00e9m, then a walk along the river.\nEvening: seafood at Cervejaria Ramiro.\n\n**Day 3 \u2013 Markets and tiles**\nMorning: Time Out Market for a long grazing brunch.\nAfternoon: the National Tile Museum (Museu Nacional do Azulejo) in a former convent.\nEvening: sunset at Miradouro da Senhora do Monte and bifanas at a counter nearby."),
        U("and now there's a museum on day 3. the tile one. are you doing this on purpose", "explicit", True),
    ]},
    # B4 invoice chase, clarify answer (hard negative), partial
    {"fmt": "B", "start": "2026-06-05T09:12:38", "platform": "telegram", "items": [
        U("draft a polite chase for invoice #2291 (\u20ac1,450, due 14 days ago) to Dana at Fernhill Studio. she's lovely, i want to keep working with them", "plain"),
        A("Should I mention late-payment interest at all, or keep it purely friendly?"),
        U("purely friendly, no late fee talk", "clarify_answer"),
        A("Subject: Invoice #2291 \u2013 quick reminder\n\nHi Dana,\n\nHope things are good at Fernhill! Just a gentle nudge about invoice #2291 for \u20ac1,450, which was due on the 22nd. I know these things slip through the cracks easily.\n\nIf you need the bank details again, just let me know and I'll send them over.\n\nThanks so much, and looking forward to the next project!\n\nBest,\nRui"),
        U("tone is spot on. but don't make her ask for the bank details, put them in: IBAN NL91 ABNA 0417 1643 00", "partial"),
        A("Subject: Invoice #2291 \u2013 quick reminder\n\nHi Dana,\n\nHope things are good at Fernhill! Just a gentle nudge about invoice #2291 for \u20ac1,450, which was due on the 22nd. I know these things slip through the cracks easily.\n\nFor convenience, the bank details are:\nIBAN: NL91 ABNA 0417 1643 00\nReference: 2291\n\nThanks so much, and looking forward to the next project!\n\nBest,\nRui"),
        U("sent \U0001F64F", "acceptance"),
        A("Fingers crossed it lands before the weekend."),
    ]},
    # B5 regex, echo, new task with "only"
    {"fmt": "B", "start": "2026-06-07T15:40:02", "platform": "telegram", "items": [
        U("regex for a UK postcode. only needs to be roughly right, it's for a form hint", "plain"),
        A("Here is the regular expression published for UK postcode validation:\n\n```\n^(([gG][iI][rR] {0,}0[aA]{2})|((([a-pr-uwyzA-PR-UWYZ][a-hk-yA-HK-Y]?[0-9][0-9]?)|(([a-pr-uwyzA-PR-UWYZ][0-9][a-hjkstuwA-HJKSTUW])|([a-pr-uwyzA-PR-UWYZ][a-hk-yA-HK-Y][0-9][abehmnprv-yABEHMNPRV-Y]))) {0,}[0-9][abd-hjlnp-uw-zABD-HJLNP-UW-Z]{2}))$\n```\n\nIt covers the special case GIR 0AA, restricts which letters can appear in each position of the outward code, allows optional spaces, and accepts both upper and lower case."),
        U("*roughly* right. nobody on the team will be able to read that", "echo"),
        A("`^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$` with the case-insensitive flag. It accepts SW1A 1AA, M1 1AE and B33 8TH and skips the rare edge cases."),
        U("great. different thing: using only git, how do I see which files changed in the last 3 commits", "new_task"),
        A("`git diff --name-only HEAD~3 HEAD`"),
        U("ty", "acceptance"),
        A("Add `--stat` instead of `--name-only` if you want line counts per file."),
    ]},
    # B6 monstera, clarify answer, decline offer
    {"fmt": "B", "start": "2026-06-08T17:55:27", "platform": "telegram", "items": [
        U("my monstera has yellow leafs at the bottom, what I am doing wrong?", "plain"),
        A("A couple of questions first: how often do you water it, and does the pot have drainage holes?"),
        U("every 3 days one glass. pot is ceramic, no holes i think", "clarify_answer"),
        A("That's very likely overwatering: with no drainage, water collects at the bottom and the roots start to rot, and the lowest leaves yellow first.\n\n- Water only when the top 5 cm of soil are dry (roughly every 7\u201310 days).\n- Move it into a plastic nursery pot with holes and stand that inside the ceramic one.\n- Cut off the yellow leaves; they won't turn green again.\n\nShall I give you step-by-step instructions for repotting it?"),
        U("no is ok, my neighbour did this many times, she will help me", "decline_offer"),
        A("Perfect \u2014 check that the roots are white or light brown and firm; cut off any that are black and mushy."),
        U("thank you very much!", "acceptance"),
        A("Good luck with it \U0001F33F"),
    ]},
    # B7 excel, followups (hard negatives), decline offer
    {"fmt": "B", "start": "2026-06-10T10:08:13", "platform": "telegram", "items": [
        U("excel: column B has dates, column C amounts. I want the total of C for March 2026 only", "plain"),
        A("`=SUMIFS(C:C, B:B, \">=\"&DATE(2026,3,1), B:B, \"<\"&DATE(2026,4,1))`"),
        U("perfect. now just do the same for March 2025 so I can compare", "followup"),
        A("`=SUMIFS(C:C, B:B, \">=\"&DATE(2025,3,1), B:B, \"<\"&DATE(2025,4,1))`"),
        U("and the % change between them, if 2026 is in F1 and 2025 in F2", "followup"),
        A("`=F1/F2-1`, formatted as a percentage. Want me to add conditional formatting so a drop shows in red?"),
        U("nah, keep it plain", "decline_offer"),
        A("Plain it is."),
    ]},
    # B8 wedding toast, reject_approach
    {"fmt": "B", "start": "2026-06-12T21:30:45", "platform": "telegram", "items": [
        U("I need a 1 minute toast for my brother Ayo's wedding. He's an engineer, can't dance at all, met Grace at a climbing gym. Funny but not roasting him too hard", "plain"),
        A("Here's a rhyming toast you could use:\n\nTo Ayo, my brother, precise to a fault,\nWho measures his coffee and weighs out the salt,\nHe plans every project with charts and with care,\nBut put him on a dance floor \u2014 he freezes right there.\n\nThen one day he went climbing and reached for a hold,\nAnd found there was Grace, who was clever and bold.\nShe caught him, she laughed, and she showed him the way,\nAnd he's never once looked down since that day.\n\nSo raise up your glasses to both of them here,\nTo rope, love and laughter for many a year!"),
        U("please not a poem, I'd feel ridiculous reading verse out loud. just a normal speech", "reject_approach"),
        A("Good evening, everyone. For those who don't know me, I'm Tunde, Ayo's younger brother.\n\nAyo is an engineer, which means he has a spreadsheet for everything. He has a spreadsheet for his spreadsheets. What he has never had is rhythm \u2014 so if you see him on the dance floor later, please be kind, he's running on a very old version of the software.\n\nHe met Grace at a climbing gym. He told me afterwards that he'd calculated the best route up the wall. Grace told me she just watched him fall off it twice and thought he was cute.\n\nGrace, you've made my brother braver, funnier and much, much happier. Ayo, you've found someone who'll hold the rope.\n\nPlease raise your glasses: to Ayo and Grace."),
        U("this is brilliant. changing two words but using it", "acceptance"),
        A("Say it out loud twice beforehand and pause after the spreadsheet line \u2014 that's where the laugh will come."),
    ]},
    # B9 ssh key, repeat_narrow
    {"fmt": "B", "start": "2026-06-14T09:47:51", "platform": "telegram", "items": [
        U("generate a new ssh key for github on this mac", "plain"),
        A("On it."),
        T("ssh-keygen -t ed25519 -C 'github-macmini' -f ~/.ssh/id_ed25519_github -N ''", "Generating public/private ed25519 key pair.\nYour identification has been saved in /Users/ines/.ssh/id_ed25519_github\nYour public key has been saved in /Users/ines/.ssh/id_ed25519_github.pub\nThe key fingerprint is:\nSHA256:q2VfX0mJ8dKx4m1YQ9r7kC3n6TtB1sH0uLpWzA5eE8g github-macmini"),
        T("cat ~/.ssh/id_ed25519_github.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHn0qF3vJk8Lw2m5TtP9xR4cY7bZ1aQe6UoN3sKdG0hV github-macmini"),
        A("I've created a new ed25519 key at `~/.ssh/id_ed25519_github` (no passphrase). Next steps:\n\n1. **Add it to the agent:** `ssh-add --apple-use-keychain ~/.ssh/id_ed25519_github`\n2. **Tell SSH to use it for GitHub** by adding this to `~/.ssh/config`:\n```\nHost github.com\n  IdentityFile ~/.ssh/id_ed25519_github\n  AddKeysToAgent yes\n  UseKeychain yes\n```\n3. **Upload the public key:** GitHub \u2192 Settings \u2192 SSH and GPG keys \u2192 New SSH key, and paste the contents of `~/.ssh/id_ed25519_github.pub`.\n4. **Test it:** `ssh -T git@github.com`\n\nThe key fingerprint is SHA256:q2VfX0mJ8dKx4m1YQ9r7kC3n6TtB1sH0uLpWzA5eE8g. If you'd like extra protection you can add a passphrase later with `ssh-keygen -p -f ~/.ssh/id_ed25519_github`."),
        U("paste me the public key, that's all i need right now", "repeat_narrow"),
        A("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHn0qF3vJk8Lw2m5TtP9xR4cY7bZ1aQe6UoN3sKdG0hV github-macmini"),
        U("added. ssh -T says hi", "acceptance"),
        A("All set then."),
    ]},
    # B10 budget, instead then partial (second), followup
    {"fmt": "B", "start": "2026-06-16T20:04:33", "platform": "telegram", "items": [
        U("i take home 2,900 a month. rent is 1,050. give me a simple budget split", "plain"),
        A("A popular approach is the **50/30/20 rule**:\n\n- **Needs (50%)**: \u00a31,450 \u2014 rent, bills, groceries, transport\n- **Wants (30%)**: \u00a3870 \u2014 eating out, hobbies, subscriptions\n- **Savings (20%)**: \u00a3580 \u2014 emergency fund, pension top-ups, investments\n\nSince your rent is \u00a31,050, that leaves \u00a3400 of the needs budget for everything else."),
        U("50/30/20 falls apart when rent is over a third of it. I'd rather have actual categories with amounts", "instead"),
        A("- Rent: \u00a31,050\n- Council tax: \u00a3140\n- Energy and water: \u00a3160\n- Phone and internet: \u00a355\n- Groceries: \u00a3320\n- Transport: \u00a3150\n- Eating out and fun: \u00a3350\n- Subscriptions: \u00a335\n- Clothes and personal: \u00a390\n- Emergency fund: \u00a3400\n- Pension top-up / investing: \u00a3300"),
        U("better, but that adds up to 3,050 and I've got 2,900", "partial", True),
        A("Trimmed to exactly \u00a32,900:\n\n- Rent: \u00a31,050\n- Council tax: \u00a3140\n- Energy and water: \u00a3160\n- Phone and internet: \u00a355\n- Groceries: \u00a3320\n- Transport: \u00a3150\n- Eating out and fun: \u00a3300\n- Subscriptions: \u00a335\n- Clothes and personal: \u00a390\n- Emergency fund: \u00a3350\n- Pension top-up / investing: \u00a3250"),
        U("ok that's realistic. can you make it a table I can paste into Notes", "followup"),
        A("Category | \u00a3/month\nRent | 1,050\nCouncil tax | 140\nEnergy and water | 160\nPhone and internet | 55\nGroceries | 320\nTransport | 150\nEating out and fun | 300\nSubscriptions | 35\nClothes and personal | 90\nEmergency fund | 350\nPension / investing | 250\nTotal | 2,900"),
        U("\U0001F44D", "acceptance"),
        A("Check it against your actual spending after the first month and move money between the lines as needed."),
    ]},
    # B11 JS closure, explicit then repeat_narrow (second); plain contains "instead"
    {"fmt": "B", "start": "2026-06-18T13:16:08", "platform": "telegram", "items": [
        U("why does this log 3 3 3 instead of 0 1 2?\n\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}", "plain"),
        A("This happens because `setTimeout` is asynchronous, so all three callbacks fire at the same moment. Give each one a different delay so they run in order:\n\n```js\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100 * i);\n}\n```"),
        U("that doesn't fix anything, it still prints 3 3 3, just spread out", "explicit"),
        A("You're right. The real issue is that `var` is function-scoped, so all three callbacks close over the same `i`, which is 3 by the time they run. There are several ways to fix it:\n\n1. **Use `let`**, which creates a new binding per iteration.\n2. **Wrap it in an IIFE:** `(function (j) { setTimeout(() => console.log(j), 100); })(i);`\n3. **Pass `i` as an extra argument:** `setTimeout(j => console.log(j), 100, i);`\n4. **Use `.bind`:** `setTimeout(console.log.bind(console, i), 100);`\n5. **Use `forEach`** over `[0, 1, 2]`, which gives each callback its own parameter.\n\nEach has trade-offs in readability and browser support; the IIFE pattern was common before ES2015, while `let` is the modern idiom."),
        U("which ONE do I use", "repeat_narrow", True),
        A("Change `var` to `let`. It gives each iteration its own `i`, so it prints 0 1 2."),
        U("got it, thanks", "acceptance"),
        A("Anytime."),
    ]},
    # B12 running, clarify answer, followup, instead, new task with "actually"/"no"
    {"fmt": "B", "start": "2026-06-20T06:58:14", "platform": "telegram", "items": [
        U("I can run 5k in 31 min. want to get under 28 by october. 3 runs a week, what should they be?", "plain"),
        A("What do your runs look like at the moment \u2014 all the same distance and pace?"),
        U("yeah pretty much, 5k each time at about 6:10/km", "clarify_answer"),
        A("Make the three runs different:\n\n1. **Intervals (Tuesday):** 10 min easy, then 6 \u00d7 800 m hard with 2 min walking or jogging between, 10 min easy.\n2. **Easy run (Thursday):** 5\u20136 km at a pace where you could chat, slower than now.\n3. **Long run (Sunday):** start at 7 km and add 1 km every other week up to 10\u201311 km, all easy.\n\nEvery fourth week, cut the volume by a third. Test a 5k at the start of each month."),
        U("makes sense. how fast should the 800s be?", "followup"),
        A("Aim for about 8:35\u20138:40 per mile on the 800 m repeats, roughly 5:20 per 800, and ease back if the last two are much slower than the first."),
        U("min per km please, I don't think in miles", "instead"),
        A("5:20\u20135:25 per km for the 800s, so each one takes about 4:15\u20134:20."),
        U("thx. actually unrelated: no gym near me, any 3 bodyweight exercises worth doing for running?", "new_task"),
        A("1. Bulgarian split squats (3 \u00d7 10 per leg)\n2. Single-leg calf raises off a step (3 \u00d7 15 per leg)\n3. Side planks (3 \u00d7 30 s per side)\n\nTwice a week, after the easy run or on a rest day."),
        U("these are perfect", "acceptance"),
        A("Good luck with the sub-28."),
    ]},
    # B13 Kyoto, reject_approach then partial (second)
    {"fmt": "B", "start": "2026-06-23T22:05:51", "platform": "telegram", "items": [
        U("plan us a day in Kyoto in november. one full day, we like temples and walking, hate crowds", "plain"),
        A("For a single day in Kyoto during the autumn peak, the best way to avoid crowds is a private guided tour. A licensed local guide knows the back routes, the quieter sub-temples and the right times to visit each site, and can adjust on the day. Expect to pay around \u00a530,000\u201350,000 for a full day for two. Book at least a month ahead, as November is the busiest season of the year, and ask specifically for a guide who focuses on the Higashiyama and northern Kyoto areas."),
        U("we don't want a guide or a tour, we'll do it ourselves. just give us a route", "reject_approach"),
        A("- 7:00 Fushimi Inari, before the tour groups; walk up as far as the Yotsutsuji viewpoint.\n- 10:00 Train to Kiyomizu-dera, then walk down Sannenzaka and Ninenzaka.\n- 12:30 Lunch in Gion.\n- 14:00 Kennin-ji, Kyoto's oldest Zen temple.\n- 16:00 Arashiyama bamboo grove and Tenryu-ji for the autumn colours.\n- Evening: Pontocho for dinner."),
        U("fushimi inari at 7 is exactly what we want. arashiyama at 4pm in november though, that's a zoo. something quieter there", "partial", True),
        A("- 7:00 Fushimi Inari, before the tour groups; walk up as far as the Yotsutsuji viewpoint.\n- 10:00 Train to Kiyomizu-dera, then walk down Sannenzaka and Ninenzaka.\n- 12:30 Lunch in Gion.\n- 14:00 Kennin-ji, Kyoto's oldest Zen temple.\n- 15:30 Honen-in, then the Philosopher's Path north, finishing at Shinnyo-do \u2014 autumn maples and a fraction of the crowds.\n- Evening: Pontocho for dinner."),
        U("that sounds lovely", "acceptance"),
        A("Bring cash; most of the smaller temples only take yen at the gate."),
    ]},
    # B14 git branches, echo, followup, decline offer
    {"fmt": "B", "start": "2026-06-26T16:31:02", "platform": "telegram", "items": [
        U("how do i list git branches sorted by most recent commit", "plain"),
        A("`git branch --sort=committerdate`"),
        U("most recent first", "echo"),
        A("`git branch --sort=-committerdate` (the minus reverses the order)."),
        U("and can it show the date next to each", "followup"),
        A("`git branch --sort=-committerdate --format='%(committerdate:short) %(refname:short)'`. Want me to add it as a `git recent` alias?"),
        U("no, I'll just keep it in my notes", "decline_offer"),
        A("Fair enough."),
    ]},
]
