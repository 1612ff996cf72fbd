"""Hand-written sessions for fresh6 (author G): formats D and E.

Same helpers as fresh6_sessions_1; dec(...) and err(...) add the decision and error
events that only format E records.
"""

EXP, NAR, ECHO, INS, REJ, PART = "explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"
DEC, FUP, NEW, CLAR, ACC, PLAIN = "decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"


def u(text, kind):
    return ("u", text, kind)


def a(text):
    return ("a", text)


def t(tool, args, result):
    return ("t", tool, args, result)


def w(minutes):
    return ("w", minutes)


def dec(decision, rationale):
    return ("d", decision, rationale)


def err(error, context):
    return ("e", error, context)


def sh(output, code=0):
    return {"output": output, "exit_code": code}


SESSIONS = []

# =========================================================================== format D

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-04.jsonl", start="2026-06-01T18:20:31", turns=[
    u("rename all the jpgs in ~/Pictures/wedding-guests to their date taken, like 2026-05-30_143501.jpg", PLAIN),
    t("terminal", {"command": "ls ~/Pictures/wedding-guests | head -3; ls ~/Pictures/wedding-guests | wc -l"},
      sh("IMG_0412.jpg\nIMG_0413.jpg\nPXL_20260530_131501.jpg\n     214")),
    t("terminal", {"command": "which exiftool"}, sh("exiftool not found", 1)),
    a("exiftool isn't installed, so here's a Python script that does it with Pillow. Run `pip install pillow` "
      "first:\n\n```python\nfrom pathlib import Path\nfrom datetime import datetime\nfrom PIL import Image\n\nfolder = "
      "Path.home() / \"Pictures/wedding-guests\"\nfor p in folder.glob(\"*.jpg\"):\n    taken = Image.open(p)."
      "getexif().get(306)\n    if taken:\n        stamp = datetime.strptime(taken, \"%Y:%m:%d %H:%M:%S\")\n        "
      "p.rename(p.with_name(stamp.strftime(\"%Y-%m-%d_%H%M%S\") + \".jpg\"))\n```"),
    u("don't want to install python stuff for a one-off. brew install exiftool is fine, do it with that", REJ),
    t("terminal", {"command": "brew install exiftool"}, sh("==> Pouring exiftool--13.10.all.bottle.tar.gz\n🍺  "
                                                            "exiftool was successfully installed!")),
    t("terminal", {"command": "exiftool '-FileName<DateTimeOriginal' -d '%Y-%m-%d_%H%M%S%%-c.%%e' "
                              "~/Pictures/wedding-guests"},
      sh("    1 directories scanned\n  214 image files updated")),
    a("Done: all 214 renamed, e.g. `2026-05-30_143501.jpg`. Where two photos were taken in the same second, the "
      "second got a `-1` suffix so nothing was overwritten."),
    u("nice. can you do the same for ~/Pictures/hen-do", NEW),
    t("terminal", {"command": "exiftool '-FileName<DateTimeOriginal' -d '%Y-%m-%d_%H%M%S%%-c.%%e' ~/Pictures/hen-do"},
      sh("Warning: No writable tags set from ~/Pictures/hen-do/IMG-20260411-WA0003.jpg\nWarning: No writable tags set "
         "from ~/Pictures/hen-do/IMG-20260411-WA0007.jpg\nWarning: No writable tags set from "
         "~/Pictures/hen-do/IMG-20260412-WA0001.jpg\n    1 directories scanned\n   87 image files updated\n    3 "
         "files weren't updated due to errors")),
    a("87 renamed. Three WhatsApp images have no date-taken data (WhatsApp strips it), so I left those three with "
      "their original names."),
    u("fine leave those", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-04.jsonl", start="2026-06-03T07:02:18", turns=[
    u("planning a day walk up ben vorlich from loch earn on saturday. how long does it take and what's the parking "
      "like", PLAIN),
    a("Ben Vorlich is usually climbed from Inveruglas on the west side of Loch Lomond: park at the Inveruglas visitor "
      "centre car park (pay and display, with toilets and a café), walk south along the road past the power station, "
      "and follow the track up under the pylons. It's about 12 km with 950 m of ascent; allow 6–7 hours."),
    u("that's the loch lomond one. I said loch earn", ECHO),
    a("Sorry, wrong hill. The Loch Earn Ben Vorlich starts from Ardvorlich on the south Loch Earn road: about 11 km "
      "return with 900 m of ascent, usually 4½–5½ hours. There's no car park, just verge and lay-by parking either side "
      "of the Ardvorlich estate gate; it fills up by 9 on a dry Saturday, so get there early."),
    u("aye that's the one. weather looks mince for saturday though, might go sunday instead", ACC),
    a("Sunday looks drier in the current forecast. Shall I put together a kit list for you?"),
    u("no, I've done it a hundred times, just needed the parking", DEC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-04.jsonl", start="2026-06-04T12:48:09", turns=[
    u("can you give me a vegetarian meal prep plan for 5 weekday lunches, about £15 total. I have a microwave at work "
      "but no fridge", PLAIN),
    a("- Mon: Greek salad with feta and olives, pitta\n- Tue: Overnight oats with yoghurt and berries\n- Wed: "
      "Halloumi and roasted veg couscous\n- Thu: Pesto pasta salad with mozzarella\n- Fri: Hummus, falafel and "
      "tzatziki wrap"),
    u("there's no fridge at work, so feta, yoghurt and mozzarella sitting in my bag till 1pm isn't happening. I need "
      "stuff that's fine at room temperature and goes in the microwave", INS),
    a("Shelf-stable and microwaveable:\n\n- Mon: Chickpea and spinach curry with rice (£4.50)\n- Tue: Red lentil dal "
      "with naan (£4.20)\n- Wed: Three-bean chilli with rice (£5.10)\n- Thu: Tomato and butter bean stew with crusty "
      "bread (£4.80)\n- Fri: Vegetable and peanut noodles (£5.40)\n\nCook on Sunday, portion into containers."),
    u("more like it, but that adds up to £24. about £15 total, I said", ECHO),
    a("Batch two big pots instead of five:\n\n- Mon, Wed, Fri: Chickpea and spinach curry with rice (3 portions, "
      "£6.20)\n- Tue, Thu: Red lentil dal with rice (2 portions, £3.90)\n- Extras: bananas and a bag of flapjacks "
      "(£4.10)\n\nTotal: **£14.20**."),
    u("good, that works. shopping list please", FUP),
    a("- 2 tins chickpeas\n- 1 bag spinach\n- 2 tins chopped tomatoes\n- 1 tin coconut milk\n- 500 g red lentils\n- "
      "1 kg rice\n- onions, garlic, ginger\n- curry powder, cumin, turmeric\n- bananas\n- flapjacks"),
    u("sorted ta", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-11.jsonl", start="2026-06-08T20:11:44", turns=[
    u("set up passwordless ssh from this machine to my NAS (admin@192.168.1.40). I already have ~/.ssh/id_ed25519",
      PLAIN),
    t("terminal", {"command": "ssh-copy-id -i ~/.ssh/id_ed25519.pub admin@192.168.1.40"},
      sh("/usr/bin/ssh-copy-id: INFO: 1 key(s) remain to be installed\nNumber of key(s) added: 1")),
    t("terminal", {"command": "ssh -o BatchMode=yes admin@192.168.1.40 echo ok"},
      sh("admin@192.168.1.40: Permission denied (publickey,password).", 255)),
    a("The key was copied but the NAS still refuses it. On Synology this is nearly always home-folder permissions: "
      "sshd ignores keys if the home or .ssh directory is group-writable. Log in with your password and run:\n\n"
      "```\nchmod 755 /var/services/homes/admin\nchmod 700 ~/.ssh\nchmod 600 ~/.ssh/authorized_keys\n```\n\nAlso make "
      "sure 'Enable user home service' is ticked in DSM › Control Panel › User & Group › Advanced."),
    u("worked after the chmod. can you add a Host alias 'nas' to my ssh config", FUP),
    t("terminal", {"command": "cat >> ~/.ssh/config <<'EOF'\n\nHost nas\n  HostName 192.168.1.40\n  User admin\n  "
                              "IdentityFile ~/.ssh/id_ed25519\n  ForwardAgent yes\n  ServerAliveInterval 30\n  "
                              "ServerAliveCountMax 4\n  Compression yes\n  ControlMaster auto\n  ControlPath "
                              "~/.ssh/cm-%r@%h:%p\n  ControlPersist 10m\nEOF"}, sh("")),
    a("Added a `nas` block to ~/.ssh/config with HostName, User, IdentityFile, agent forwarding, keep-alives, "
      "compression and connection sharing. `ssh nas` now works."),
    u("strip it back to HostName, User and IdentityFile. I don't want agent forwarding onto the NAS", INS),
    t("terminal", {"command": "python3 - <<'EOF'\nimport re, pathlib\np = pathlib.Path.home() / '.ssh/config'\ns = "
                              "p.read_text()\ns = re.sub(r'\\nHost nas\\n(  .*\\n?)*', '\\nHost nas\\n  HostName "
                              "192.168.1.40\\n  User admin\\n  IdentityFile ~/.ssh/id_ed25519\\n', s)\np.write_text(s)"
                              "\nEOF\ntail -4 ~/.ssh/config"},
      sh("Host nas\n  HostName 192.168.1.40\n  User admin\n  IdentityFile ~/.ssh/id_ed25519")),
    a("Done. The `nas` block now has just HostName, User and IdentityFile."),
    u("👌", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-11.jsonl", start="2026-06-10T16:40:02", turns=[
    u("My colleague Dorothy is retiring after 31 years in the school office. Can you write a short funny poem for her "
      "card? She's famous for her biscuit tin and for knowing where everything is.", PLAIN),
    a("Thirty-one years at the office desk,\nthrough floods and Ofsted and every test,\nthe keys, the forms, the "
      "missing shoe,\nthe only one who always knew.\n\nThe heads have come, the heads have gone,\nthe photocopier "
      "jammed on and on,\nbut Dorothy stood calm and wise\nwith a cardigan and knowing eyes.\n\nWho'll find the "
      "register now, the spare PE kit,\nthe plaster, the glue stick, the first-aid bit?\nWe'll wander the corridors, "
      "lost and forlorn,\nlike kids in a playground the day they were born.\n\nSo go and enjoy it, the lie-ins, the "
      "sun,\nthe garden, the grandchildren, all of the fun,\nand know that we'll miss you, whatever we do:\nthe school "
      "knew everything, because of you."),
    u("aww it's sweet but it'll never fit in the card, 4 lines max", PART),
    a("Thirty-one years, the keys and the forms,\nthrough Ofsted and heads and photocopier storms;\nwe'll wander the "
      "corridors, lost and forlorn,\nnow the one who knew everything's finally gone!"),
    u("Getting closer! Could the biscuit tin be in it though? That's the bit everyone will laugh at", PART),
    a("For thirty-one years you knew where things were:\nthe keys, the forms, the lost PE jumper;\nbut the secret "
      "we'll miss, and we're all feeling grim,\nis where you've been hiding that biscuit tin."),
    u("Ha! That's the one.", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-11.jsonl", start="2026-06-11T06:05:37", turns=[
    u("3 day full body routine for a beginner, dumbbells only, at home", PLAIN),
    a("Day A: barbell back squat 3×8, dumbbell bench press 3×10, pull-ups 3×max, plank 3×30 s\nDay B: Romanian "
      "deadlift 3×10, overhead press 3×8, bent-over row 3×10, lunges 3×10 each leg\nDay C: goblet squat 3×12, "
      "push-ups 3×max, chin-ups 3×max, farmer's carry 3×30 m"),
    u("dumbbells only. no barbell, no bar", ECHO),
    a("Day A: goblet squat 3×10, dumbbell floor press 3×10, one-arm row 3×10 each, plank 3×30 s\nDay B: dumbbell "
      "Romanian deadlift 3×10, seated shoulder press 3×8, reverse lunge 3×10 each, dead bug 3×10\nDay C: split squat "
      "3×8 each, push-ups 3×max, chest-supported row 3×12, farmer's carry 3×30 m"),
    u("ok. how many weeks before I up the weight", FUP),
    a("Progressive overload is the principle behind all strength training: your body adapts to the demands you put "
      "on it, so you have to keep increasing them. You can add weight, reps, sets, or slow the tempo. Beginners "
      "adapt quickly because of neural adaptations, so early on progress comes fast; later it slows down and you need "
      "more structured programming such as periodisation."),
    u("so after how many weeks", NAR),
    a("Not by weeks: by reps. When you can do all 3 sets at the top of the range (e.g. 3×12) with good form, go up "
      "to the next dumbbell next session. For most beginners that's every 1–3 weeks per exercise."),
    u("makes sense", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-16.jsonl", start="2026-06-13T19:52:26", turns=[
    u("What's on this menu? 'Entrée: velouté de potimarron. Plat: joue de boeuf confite, écrasé de pommes de terre. "
      "Dessert: île flottante.'", PLAIN),
    a("Starter: creamy red kuri squash soup (a kind of pumpkin).\nMain: slow-cooked beef cheek with crushed "
      "potatoes.\nDessert: 'floating island', soft poached meringue on vanilla custard."),
    u("Thanks! Is there anything there my wife can't eat? She's pescatarian", FUP),
    a("Eating pescatarian in France is getting easier, but it can still be tricky. Traditional French cooking uses "
      "meat stocks, lardons and gelatine in places you might not expect, so it's worth learning a few phrases. 'Je "
      "ne mange pas de viande, mais je mange du poisson' means 'I don't eat meat, but I do eat fish'. You can also ask "
      "for 'sans viande' or 'sans lardons'. Many restaurants now have a 'plat végétarien' or will adapt a dish if you "
      "ask politely, especially outside peak hours. Crêperies, seafood restaurants and North African restaurants are "
      "usually good options."),
    u("yes but which of these three can she eat", NAR),
    a("- Beef cheek: no.\n- Squash velouté: probably, but it's sometimes made with chicken stock. Ask: \"Le velouté "
      "est fait avec un bouillon de volaille ?\"\n- Île flottante: yes."),
    u("perfect, asking the waiter now", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-16.jsonl", start="2026-06-15T10:14:50", turns=[
    u("I have repeated measures: 40 participants, each rated 12 images under 2 conditions. DV is a 1–7 rating. How do "
      "I fit a mixed model in R with random intercepts for participant and image?", PLAIN),
    a("```r\nlibrary(lme4)\nm <- lmer(rating ~ condition + (1 | participant) + (1 | image), data = d)\nsummary(m)\n```"
      "\n\nIf you have enough data, consider adding a random slope for condition by participant: `(1 + condition | "
      "participant)`."),
    u("Thanks. My supervisor says I should treat the rating as ordinal rather than continuous. How would that look?",
      FUP),
    a("The cleanest approach is a Bayesian cumulative-link mixed model in brms:\n\n```r\nlibrary(brms)\nm <- brm(rating "
      "~ condition + (1 | participant) + (1 | image), data = d,\n         family = cumulative(\"logit\"),\n         "
      "prior = c(prior(normal(0, 1.5), class = \"Intercept\"),\n                   prior(normal(0, 1), class = \"b\")),"
      "\n         chains = 4, cores = 4, iter = 4000)\n```\n\nCheck convergence with `rhat` and posterior predictive "
      "checks with `pp_check(m)`."),
    u("I'd rather not go Bayesian for this chapter; the rest of the thesis is frequentist. Is there a frequentist way?",
      REJ),
    a("Yes, a cumulative link mixed model with the ordinal package:\n\n```r\nlibrary(ordinal)\nd$rating <- "
      "factor(d$rating, ordered = TRUE)\nm <- clmm(rating ~ condition + (1 | participant) + (1 | image), data = d)\n"
      "summary(m)\n```"),
    u("That runs. Is the condition coefficient on the log-odds scale?", FUP),
    a("Yes: it's the change in the log-odds of giving a higher rating. `exp(coef(m)[\"condition2\"])` gives it as an "
      "odds ratio."),
    u("Great, thank you.", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-16.jsonl", start="2026-06-16T23:31:05", turns=[
    u("my discord bot can't add roles: 403 Forbidden (error code: 50013): Missing Permissions. it has Manage Roles. "
      "logs are in ~/bots/gatekeeper/bot.log", PLAIN),
    t("terminal", {"command": "tail -5 ~/bots/gatekeeper/bot.log"},
      sh("2026-06-16 23:12:40 INFO verify: member 'lumen#0' passed captcha\n2026-06-16 23:12:40 INFO adding role "
         "'Member' to lumen#0\n2026-06-16 23:12:41 ERROR discord.errors.Forbidden: 403 Forbidden (error code: 50013): "
         "Missing Permissions\n2026-06-16 23:12:41 INFO adding role 'Member' to 0xkit\n2026-06-16 23:12:41 ERROR "
         "discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions")),
    a("It fails every time it adds 'Member'. Quickest fix: give the bot's role the Administrator permission in "
      "Server Settings › Roles; that overrides every permission check."),
    u("not giving it admin. why does manage roles alone not work", REJ),
    a("Role hierarchy: a bot can only assign roles that sit below its own highest role. Drag the bot's role above "
      "'Member' in Server Settings › Roles and Manage Roles will be enough."),
    u("it's already above Member, that was the first thing i checked", EXP),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-20.jsonl", start="2026-06-18T21:03:48", turns=[
    u("My upstairs neighbour's washing machine runs from 11pm till midnight most nights and it shakes my ceiling. Can "
      "you help me write a friendly note to put through their door? I don't want to start a feud.", PLAIN),
    a("Of course. Do you know their name, or should I address it to the flat?"),
    u("no, I only know it's flat 4", CLAR),
    a("Dear Occupant of Flat 4,\n\nI am writing to draw your attention to noise and vibration from your washing "
      "machine, which is regularly operated between 23:00 and 00:00. Under the Environmental Protection Act 1990, "
      "noise that unreasonably interferes with the use of a neighbouring property may constitute a statutory "
      "nuisance. I would be grateful if you could refrain from using the appliance after 22:00 in future.\n\nYours "
      "faithfully,\nFlat 2"),
    u("This reads like a solicitor's letter. I want it to sound like a neighbour: friendly, a bit apologetic even.",
      INS),
    a("Hi neighbours in Flat 4,\n\nSorry to bother you, this is a bit awkward! I'm in Flat 2, just below you. Your "
      "washing machine often runs quite late (around 11pm), and in these old buildings it really shakes through my "
      "ceiling, so I struggle to get to sleep. Would it be possible to put it on a bit earlier in the evening? Totally "
      "understand if there's a reason it has to be late; just knock and we can have a chat.\n\nThanks so much,\n"
      "Flat 2"),
    u("Much better, I'll sign it with my name too. Thanks!", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-20.jsonl", start="2026-06-19T17:27:13", turns=[
    u("kombucha 2nd ferment, i want it fizzier. currently 2 days at room temp with a bit of ginger. waht can i change",
      PLAIN),
    a("Three things: add a little sugar or fruit juice to each bottle before sealing, extend to 3–4 days, and use "
      "swing-top bottles filled to about 2 cm from the top. Move them to the fridge once they're fizzy."),
    u("how much sugar excatly per bottle, mine are 750ml", FUP),
    a("It really depends on your taste and how active your culture is. Some people use fruit juice, some use honey "
      "or fruit pieces; start small and adjust from batch to batch until you find the level you like."),
    u("a number please. teaspoons per 750ml bottle", NAR),
    a("1½ teaspoons of sugar (about 6 g) per 750 ml bottle. Go to 2 if it's still flat after 3 days."),
    u("gr8", ACC),
    a("Burp one bottle on day 2 to check the pressure."),
    u("last q - my scoby hotel has dark spots, is that mould?", NEW),
    a("Are the spots fuzzy and dry on top of the surface, or flat and wet, brown or stringy?"),
    u("no not fuzzy, they're flat and sort of brown and stringy underneath", CLAR),
    a("That's yeast: brown strands and flat dark patches are normal. Mould is fuzzy, dry and sits on top, usually "
      "white, green or blue. Your hotel is fine."),
    u("phew ok", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-20.jsonl", start="2026-06-20T13:15:29", turns=[
    u("Can you write a cover letter for a junior graphic designer role at a small agency called Fold & Co? I graduated "
      "in 2025 and I've done two freelance branding jobs for local cafés.", PLAIN),
    a("Do you have the key requirements from their job ad?"),
    u("only that they want someone who 'isn't afraid of a blank page' and who knows Figma", CLAR),
    a("Dear Sir/Madam,\n\nI am writing to express my keen interest in the Junior Graphic Designer position at Fold & "
      "Co. As a highly motivated and passionate recent graduate, I believe I would be a valuable asset to your "
      "dynamic team.\n\nThroughout my studies I developed strong skills in design software, including Figma, and a "
      "keen eye for detail. I am a fast learner, a team player and thrive under pressure. I am not afraid of a blank "
      "page.\n\nI would welcome the opportunity to discuss how my skills could contribute to your company's continued "
      "success.\n\nYours faithfully,\n[Name]"),
    u("It's so generic, it could be for any job. It doesn't even mention the cafés", EXP),
    a("Dear Sir/Madam,\n\nI am writing to apply for the Junior Graphic Designer role at Fold & Co.\n\nSince "
      "graduating in 2025, I've designed complete brand identities for two independent cafés in my town: logos, "
      "menus, signage and Instagram templates, each starting from nothing but a conversation with the owner. I "
      "designed both in Figma, including a shared component library the owners can update themselves.\n\nI'd love to "
      "bring that blank-page energy to Fold & Co.\n\nBest wishes,\n[Name]"),
    u("Better! Could it open with the café work though, instead of 'I am writing to apply'? Their ad says they hate "
      "boring openings", PART),
    a("Hello Fold & Co,\n\nTwo cafés in my town now have menus, signs and cups that started as a blank page on my "
      "screen. Since graduating in 2025 I've built both brand identities from a first chat with the owners to a "
      "Figma component library they update themselves.\n\nI'd love to do that kind of work every day as your Junior "
      "Graphic Designer.\n\nBest wishes,\n[Name]"),
    u("Yes!! Sending it tonight.", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-25.jsonl", start="2026-06-23T20:44:03", turns=[
    u("internet feels slow on my desktop but fine on my phone. can you check the speed from this machine", PLAIN),
    t("terminal", {"command": "networkQuality -s"},
      sh("==== SUMMARY ====\nUplink capacity: 17.384 Mbps\nDownlink capacity: 41.882 Mbps\nResponsiveness: Medium")),
    a("About 42 Mbps down and 17 up from this machine. Your phone is probably closer to the router or on the 5 GHz "
      "band; try moving the desktop's Wi-Fi to 5 GHz or getting it nearer the router."),
    u("my plan is 500 meg, so 42 is nowhere near. and the desktop is plugged in with a cable, not wifi", EXP),
    t("terminal", {"command": "ifconfig en7 | grep media"}, sh("\tmedia: autoselect (100baseTX <full-duplex>)")),
    a("The cable connection has negotiated at 100 Mb/s instead of 1 Gb/s, and you get well under that in practice. "
      "That's usually a damaged or old Cat5 cable, or a bent pin in the port. Swap in a Cat6 cable (or try another "
      "port on the router) and it should come up as 1000baseT."),
    u("swapped the cable, 480 down now. legend", ACC),
]))

SESSIONS.append(dict(fmt="D", file="trajectories_2026-06-25.jsonl", start="2026-06-24T11:37:56", turns=[
    u("I'm hosting book club on Thursday, we read Small Things Like These by Claire Keegan. Can you give me 5 "
      "discussion questions?", PLAIN),
    a("1. How does Keegan use the motif of silence to critique the complicity of civil society in institutional "
      "abuse?\n2. In what ways does the novella's compressed form mirror the moral constriction of 1985 New Ross?\n3. "
      "Analyse the function of Christmas as a structuring device in the narrative.\n4. To what extent can Furlong's "
      "final act be read as redemptive, given its ambiguity?\n5. Discuss the intersection of class, gender and "
      "religion in shaping the characters' moral choices."),
    u("these read like an exam paper 😅 we're mostly retired teachers who want a chat over a glass of wine, not "
      "essays. more like things you'd actually ask your friends", INS),
    a("1. What would you have done in Bill's shoes on that last walk home?\n2. Why do you think everyone in town "
      "knew, and nobody said anything?\n3. Did Eileen have a point, or was she just scared?\n4. How did you feel "
      "about the ending: hopeful or worried?\n5. It's such a short book. Did it feel short to you?\n\nWant a short "
      "author bio to read out as well?"),
    u("no thanks, they'll all have googled her already 😂 could you suggest a snack that fits the book though?", DEC),
    a("It's set at Christmas in Ireland, so mince pies, or a slice of Christmas cake with a pot of tea. Bill's a coal "
      "merchant, so some dark chocolate 'coal' would be a nice touch."),
    u("mince pies it is 🥧", ACC),
]))

# =========================================================================== format E

SESSIONS.append(dict(fmt="E", file="session_2026-06-02.jsonl", start="2026-06-02T06:48:13", role="timmy", turns=[
    u("morning! new price list for the shop window please. sourdough 4.20, seeded 4.50, croissant 1.90, pain au choc "
      "2.10, cinnamon bun 2.60, brownie 2.80", PLAIN),
    a("✨ Freshly Baked Every Morning ✨\n\nOur artisan loaves and pastries are lovingly handcrafted each day using "
      "traditional methods and the finest ingredients.\n\n🍞 Classic Sourdough – slow-fermented for 36 hours for that "
      "perfect tangy crumb – £4.20\n🌾 Seeded Loaf – packed with sunflower, pumpkin and linseed – £4.50\n🥐 All-Butter "
      "Croissant – flaky, golden, irresistible – £1.90\n🍫 Pain au Chocolat – £2.10\n🌀 Cinnamon Bun – sticky, "
      "spiced perfection – £2.60\n🟫 Triple Chocolate Brownie – £2.80\n\nCome in and treat yourself!"),
    u("just the items and prices, it's going in a little frame by the till", NAR),
    a("Sourdough £4.20\nSeeded loaf £4.50\nCroissant £1.90\nPain au chocolat £2.10\nCinnamon bun £2.60\nBrownie £2.80"),
    u("nearly, can you line the prices up on the right so it looks tidy in the frame", PART),
    a("```\nSourdough ............ £4.20\nSeeded loaf .......... £4.50\nCroissant ............ £1.90\nPain au chocolat "
      "..... £2.10\nCinnamon bun ......... £2.60\nBrownie .............. £2.80\n```"),
    u("perfect 👌", ACC),
    a("Courier or another monospaced font keeps the dots lined up when you print it."),
    w(190),
    u("what allergens do I need to label on the brownies? they've got butter, eggs, flour, dark choc and walnuts",
      NEW),
    dec("Answer from the UK list of 14 allergens without a web search", "Standard labelling question"),
    a("Milk (butter), eggs, cereals containing gluten (wheat flour) and tree nuts (walnuts). Check the chocolate's "
      "own label too: dark chocolate often contains milk or soya."),
    u("the choc is dairy free actually", FUP),
    a("Milk still needs declaring because of the butter. Dairy-free dark chocolate often contains soya lecithin, "
      "though, so check for soya."),
    u("it does have soya lecithin. ok so milk, eggs, wheat, walnuts, soya. thank you!", ACC),
    a("That's the lot. Emphasise them in bold in the ingredients list."),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-05.jsonl", start="2026-06-05T19:02:55", role="assistant", turns=[
    u("can you remind me on the 1st of every month to do the cats' flea treatment", PLAIN),
    t("calendar", {"action": "add", "title": "Cats' flea treatment", "start": "2026-07-01T09:00:00",
                   "repeat": "monthly"}, {"created": True, "id": "evt_flea"}),
    a("Done: a monthly reminder on the 1st at 9:00, starting 1 July."),
    u("ace. and one for the dog's worming tablet, every 3 months, starting the 15th of this month", NEW),
    t("calendar", {"action": "add", "title": "Dog's worming tablet", "start": "2026-06-15T09:00:00",
                   "repeat": "monthly"}, {"created": True, "id": "evt_worm"}),
    a("Done: 'Dog's worming tablet' on the 15th of each month at 9:00, starting 15 June."),
    u("every 3 months, not every month. he'd be rattling with tablets 😅", ECHO),
    t("calendar", {"action": "delete", "title": "Dog's worming tablet", "start": "2026-06-15T09:00:00"},
      {"deleted": True}),
    dec("Add four separate dated events", "The calendar tool only repeats weekly or monthly"),
    t("calendar", {"action": "add", "title": "Dog's worming tablet", "start": "2026-06-15T09:00:00"},
      {"created": True, "id": "evt_worm1"}),
    t("calendar", {"action": "add", "title": "Dog's worming tablet", "start": "2026-09-15T09:00:00"},
      {"created": True, "id": "evt_worm2"}),
    t("calendar", {"action": "add", "title": "Dog's worming tablet", "start": "2026-12-15T09:00:00"},
      {"created": True, "id": "evt_worm3"}),
    t("calendar", {"action": "add", "title": "Dog's worming tablet", "start": "2027-03-15T09:00:00"},
      {"created": True, "id": "evt_worm4"}),
    a("Fixed. The calendar can't repeat every three months, so I've added four reminders: 15 June, 15 September, "
      "15 December and 15 March, at 9:00."),
    u("great stuff", ACC),
    a("You'll get a notification on each of those mornings."),
    w(55),
    u("is it normal for a 14 year old cat to drink loads more water than usual", NEW),
    a("Not really. Increased thirst in an older cat is worth a vet visit, because kidney disease, an overactive "
      "thyroid and diabetes are all common at that age. Has she lost weight recently?"),
    u("no, if anything she's put a bit on. she's eating normally", CLAR),
    a("Thirst plus weight gain can still point to diabetes, so I'd book a blood and urine test this week rather than "
      "waiting. Take a urine sample if you can: the vet will explain how."),
    u("ok I'll ring them in the morning, thanks", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-08.jsonl", start="2026-06-08T21:10:40", role="timmy", turns=[
    u("Can you correct my Spanish? 'Ayer yo fui a la playa con mis amigos y nosotros comimos mucho helados.' Just fix "
      "it, don't explain grammar.", PLAIN),
    a("Great effort! Let's look at a few grammar points:\n\n1. **Subject pronouns**: Spanish usually drops *yo* and "
      "*nosotros* because the verb ending already shows the subject, so *fui* and *comimos* are enough.\n2. "
      "**Agreement**: *mucho* must agree with *helados*, which is masculine plural, so it becomes *muchos*.\n3. "
      "**Preterite**: *fui* and *comimos* are correctly in the preterite because they are completed actions "
      "yesterday.\n\nCorrected: *Ayer fui a la playa con mis amigos y comimos muchos helados.*"),
    u("Just fix it, I said. No grammar lecture.", ECHO),
    a("Ayer fui a la playa con mis amigos y comimos muchos helados."),
    u("gracias! another one: 'Si tendría más dinero, viajaría a México.'", NEW),
    a("Si tuviera más dinero, viajaría a México."),
    u("perfect, that's the one I always get wrong", ACC),
    a("Si + imperfect subjunctive, then the conditional. It clicks with practice."),
    u("can you give me 5 more sentences like that to practise? just the English and I'll translate", NEW),
    a("1. If I had more time, I would learn the guitar. → *Si tuviera tiempo, aprendería a tocar la guitarra.*\n2. If "
      "I lived by the sea, I would swim every day. → *Si viviera cerca del mar, nadaría todos los días.*\n3. If we "
      "won the lottery, we would buy a house. → *Si ganáramos la lotería, compraríamos una casa.*\n4. If she spoke "
      "French, she would work in Paris. → *Si hablara francés, trabajaría en París.*\n5. If it weren't raining, we "
      "would go out. → *Si no lloviera, saldríamos.*"),
    u("you've put the answers right under each one 🙈 give me the English on its own so I can't peek", INS),
    a("1. If I had more time, I would learn the guitar.\n2. If I lived by the sea, I would swim every day.\n3. If we "
      "won the lottery, we would buy a house.\n4. If she spoke French, she would work in Paris.\n5. If it weren't "
      "raining, we would go out."),
    u("ok here goes: 1. Si tuviera más tiempo, aprendería la guitarra. 2. Si viviera cerca del mar, nadaría todos "
      "los días.", FUP),
    a("Both correct. (*Aprendería a tocar la guitarra* is a touch more natural for 1, but yours is fine.)"),
    u("yay 🎉", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-12.jsonl", start="2026-06-12T12:31:06", role="timmy", turns=[
    u("we've got £1,400 for a week in the Algarve for the two of us, flights already paid. how much is that per day "
      "in euros", PLAIN),
    t("web_search", {"query": "GBP to EUR exchange rate today"}, {"error": "timeout"}),
    err("web_search tool timed out after 30s", "exchange-rate lookup; retried once"),
    t("web_search", {"query": "GBP to EUR exchange rate today"},
      {"results": [{"title": "GBP/EUR live rate", "url": "https://www.xe.com/currencyconverter/",
                    "snippet": "1 GBP = 1.1800 EUR"}]}),
    a("At about €1.18 to the pound, £1,400 is roughly €1,652. Over 7 days that's about **€236 a day** for the two of "
      "you."),
    u("ah actually it's 8 days, we fly home on the morning of the 9th", FUP),
    a("Over 8 days: €1,652 ÷ 8 ≈ **€206 a day**."),
    u("and if we budget 90 a night for the apartment what's left for food and stuff", FUP),
    a("€206 − €90 = **about €116 a day** for food, transport and everything else."),
    u("cool", ACC),
    a("Have a lovely trip."),
    w(40),
    u("best way to get from Faro airport to Lagos without a car", NEW),
    a("Honestly, hiring a car is the easiest option: it's about an hour on the A22, rental desks are right in the "
      "arrivals hall, and prices in the shoulder season start around €25 a day. Remember the A22 has electronic tolls, "
      "so ask the rental company for a transponder."),
    u("renting isn't an option, neither of us drives. bus or train?", REJ),
    a("Bus is simplest: the Vamus/Proximo airport bus or a taxi to Faro bus station (10 minutes), then the express coach "
      "to Lagos, about 1 h 45. The train is cheaper but means getting to Faro station and often changing at Tunes, "
      "about 2 hours in all."),
    u("bus sounds easier. ta", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-15.jsonl", start="2026-06-15T17:48:22", role="assistant", turns=[
    u("finished the oak bench, what finish for outdoors? want it to stay light coloured, not go orange", PLAIN),
    a("Teak oil or Danish oil: both soak into oak well, bring out the grain and are easy to reapply each spring."),
    u("teak oil is exactly the thing that turns oak orange though", EXP),
    a("True. For pale oak outdoors use a hardwax oil with UV protection and a clear or slightly white tint, e.g. "
      "Osmo UV-Protection Oil 420 (clear). It keeps the oak light and slows the silvering."),
    u("osmo 420 it is. how many coats and how long between", FUP),
    a("Two thin coats, at least 12 hours apart, wiped on and the excess buffed off after 15 minutes."),
    u("and how much for a bench about 1.5m long", FUP),
    a("A 0.75 L tin is plenty, with enough left for a top-up next year."),
    u("sound, cheers", ACC),
    a("Enjoy the bench."),
    w(25),
    u("add sandpaper to my shopping list, 120 and 180 grit", NEW),
    t("terminal", {"command": "echo '- sandpaper, 120 + 180 grit' >> ~/notes/shopping.md"}, sh("")),
    a("Added to ~/notes/shopping.md."),
    u("and the osmo", FUP),
    t("terminal", {"command": "echo '- Osmo UV-Protection Oil 420 clear, 0.75 L' >> ~/notes/shopping.md && tail -2 "
                              "~/notes/shopping.md"},
      sh("- sandpaper, 120 + 180 grit\n- Osmo UV-Protection Oil 420 clear, 0.75 L")),
    a("Added 'Osmo UV-Protection Oil 420 clear, 0.75 L'."),
    u("👍", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-19.jsonl", start="2026-06-19T05:55:09", role="timmy", turns=[
    u("race is in 3 weeks. peak week done (62km). how should I taper", PLAIN),
    a("Cut volume gradually while keeping a little intensity. Three weeks out, drop to about 70–75% of your peak; two "
      "weeks out, about 50–60%; race week, about 30–40%, mostly easy with a few short race-pace strides. Keep your "
      "usual number of runs so your legs stay used to running, and don't add anything new. Sleep and food matter "
      "more than any extra session now."),
    u("can you lay the 3 weeks out as actual distances per week instead? I stick to numbers better than advice", INS),
    a("- Week 1: 45 km (long run 24 km)\n- Week 2: 35 km (long run 16 km)\n- Race week: 20 km before race day "
      "(longest 8 km on Tuesday, 3 km with strides on Friday)"),
    u("and do I carb load", FUP),
    a("Carbohydrate loading works by supersaturating muscle glycogen stores. Early protocols (the 'Swedish' model from "
      "the 1960s) used a depletion phase of hard training and low-carb eating followed by three days of high carbs, "
      "but modern research shows you can reach similar levels without depletion: 10–12 g/kg for 36–48 hours. Glycogen "
      "is stored with water, about 3 g per gram, so expect a temporary weight gain of 1–2 kg, which is a good sign. "
      "Lower-fibre sources reduce the risk of gastrointestinal trouble..."),
    u("I didn't need the science, I needed how much to actually eat. I'm 58kg.", NAR),
    a("For you, about 580–700 g of carbs a day on the two days before the race. One day could look like:\n\n- "
      "Breakfast: 2 bagels with jam + orange juice\n- Snack: banana + 2 cereal bars\n- Lunch: big bowl of pasta + "
      "white roll\n- Snack: rice cakes with honey + sports drink\n- Dinner: rice with chicken, plus a bread roll\n- "
      "Evening: bowl of cereal with milk"),
    u("that's a LOT of bagels 😂 ok", ACC),
    a("Spread it over six small meals and it goes down easier than it looks."),
    u("what about race morning", FUP),
    a("About 3 hours before the start, 60–120 g of carbs: e.g. porridge with banana and honey, or 2 slices of toast "
      "with jam and a banana. Sip water, and have a gel 15 minutes before the start."),
    u("great, will practise that on my last long run", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-23.jsonl", start="2026-06-23T20:12:47", role="timmy", turns=[
    u("Please write the text for a flyer: Oakfield Primary PTA summer bake sale, Friday 3 July, 3.15pm in the "
      "playground, cakes 50p–£1, all money goes to new library books. Keep it short.", PLAIN),
    a("OAKFIELD PRIMARY PTA SUMMER BAKE SALE\n\nCalling all cake lovers! Join us for our fabulous summer bake sale on "
      "Friday 3 July from 3.15pm in the school playground. We'll have a delicious selection of homemade cakes, "
      "cookies, brownies and treats, all lovingly baked by our wonderful school community, with prices from just 50p "
      "to £1.\n\nEvery penny raised will go towards buying brand-new books for our school library, helping to inspire "
      "a love of reading in every child at Oakfield. Whether you've got a sweet tooth or just want to support a great "
      "cause, we'd love to see you there.\n\nBring your friends, bring your family, and don't forget your purse!"),
    u("It needs to fit on half an A5 sheet. Keep it short, please.", ECHO),
    a("OAKFIELD PTA SUMMER BAKE SALE\nFriday 3 July · 3.15pm · School playground\nCakes 50p–£1\nEvery penny buys new "
      "library books!"),
    u("That's lovely. Could you do a version for the school newsletter, slightly longer, asking for volunteers to "
      "bake?", FUP),
    a("Our summer bake sale is on Friday 3 July at 3.15pm in the playground, with every penny going to new books for "
      "the school library. We need bakers! If your mum could make a batch of cakes, cookies or traybakes, please drop "
      "them at the office on the Friday morning, labelled with ingredients. Thank you, mums!"),
    u("Could you say 'families' rather than 'mums'? Plenty of dads and grandparents bake for us too.", INS),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-26.jsonl", start="2026-06-26T07:26:31", role="assistant", turns=[
    u("grinding noise from front left when I brake. car's a 2014 fiesta. safe to drive to work (8 miles) or not",
      PLAIN),
    a("A grinding noise when braking can have many causes: worn brake pads, a worn or scored disc, a stone trapped "
      "between the disc and the backing plate, a sticking caliper, or rust on the discs if the car has been standing. "
      "Some of these are harmless and others are serious, and I can't diagnose your car remotely. The safest course "
      "is to have it inspected by a qualified mechanic as soon as possible."),
    u("safe to drive or not. yes or no", NAR),
    a("Probably yes for 8 miles if it brakes in a straight line and the pedal feels normal: drive gently, leave big "
      "gaps, and get it booked in today. Metal-on-metal grinding usually means the pads are worn through. If it "
      "pulls to one side or the pedal sinks, don't drive it."),
    u("pedal's fine. booked in for thursday", ACC),
    a("Good. Gentle braking till then."),
    w(300),
    u("MOT is due next month too. can they do both the same day", NEW),
    a("Usually yes: most garages will do the MOT and the brake repair in one visit, and you can MOT up to a month "
      "early without losing your renewal date. Do you want me to add Thursday's booking to your calendar?"),
    u("no, it's in already", DEC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-06-29.jsonl", start="2026-06-29T18:03:58", role="timmy", turns=[
    u("My landlord has sent a rent increase notice, it's in ~/Documents/rent-notice.pdf. Is it valid? I'm in England, "
      "on a periodic assured shorthold tenancy.", PLAIN),
    t("terminal", {"command": "pdftotext ~/Documents/rent-notice.pdf - | head -20"},
      sh("Form 4A\nHousing Act 1988 section 13(2)\nLandlord's notice proposing a new rent under an assured periodic "
         "tenancy\n...\nThe new rent of £1,100 per month will take effect from 1 August 2026.\nCurrent rent: £950 per "
         "month\nDate of notice: 20 June 2026")),
    a("It's on the right form (Form 4A). For a monthly tenancy the notice must give at least one month and the new "
      "rent must start at the beginning of a rental period. When does your rent period start: the 1st of the month?"),
    u("Yes, the 1st.", CLAR),
    a("Then the notice looks valid on its face: served 20 June, increase from 1 August, which is more than a month "
      "and starts on a period date. If you think £1,100 is above market rent, you can refer it to the First-tier "
      "Tribunal (Property Chamber) before 1 August."),
    u("Thank you. What would the tribunal actually look at?", FUP),
    a("What similar homes in your area let for on the open market, the condition of your flat, and who made any "
      "improvements. It can set a rent lower, the same or higher than the landlord proposed."),
    u("Understood. Separately: the bathroom extractor fan has been broken since March, I've emailed twice. Draft a "
      "third email, firmer.", NEW),
    a("Subject: Broken bathroom extractor fan – third request\n\nDear [Landlord],\n\nI first reported the broken "
      "bathroom extractor fan in March and followed up in April and May. It still hasn't been repaired and mould is "
      "now forming on the ceiling.\n\nUntil the repair is carried out, I will be withholding 20% of my rent each "
      "month.\n\nI expect this resolved within 7 days or further action will follow.\n\n[Name]"),
    u("I'm not withholding rent, that would put me in breach. Take that out, and mention the council's private "
      "housing team instead.", REJ),
    a("Subject: Broken bathroom extractor fan – third request\n\nDear [Landlord],\n\nI first reported the broken "
      "bathroom extractor fan in March and followed up in April and May. It still hasn't been repaired and mould is "
      "now forming on the ceiling.\n\nIf I don't hear from you with a repair date, I will contact the council's "
      "private housing team.\n\nI expect this resolved within 7 days or further action will follow.\n\n[Name]"),
    u("Better, but the last line still reads as a threat. Just ask them for a date.", PART),
    a("Subject: Broken bathroom extractor fan – third request\n\nDear [Landlord],\n\nI first reported the broken "
      "bathroom extractor fan in March and followed up in April and May. It still hasn't been repaired and mould is "
      "now forming on the ceiling.\n\nCould you please let me know, by the end of this week, the date on which a "
      "repair will be carried out? If I don't hear back, I will contact the council's private housing team for "
      "advice.\n\nKind regards,\n[Name]"),
    u("Good. Sent.", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-07-02.jsonl", start="2026-07-02T16:20:15", role="timmy", turns=[
    u("lightroom export settings for instagram so it doesn't look crunchy", PLAIN),
    a("JPEG, sRGB, quality 100, long edge 2048 px, sharpen for screen: high. That keeps the maximum detail."),
    u("instagram caps at 1080 wide, 2048 just gets squashed by their compression and that's the crunchy look", EXP),
    a("Right: export at Instagram's own size so it isn't resized. JPEG, sRGB, width 1080 px (1080 × 1350 for "
      "portrait 4:5), quality 76–80, sharpen for screen: standard."),
    u("ok and for printing 8x10 at boots", FUP),
    a("JPEG, sRGB, quality 100, 300 ppi, 2400 × 3000 px, sharpen for glossy paper: low."),
    u("their site says max file 20mb is that ok", FUP),
    a("Yes: a 2400 × 3000 JPEG at quality 100 is usually 5–10 MB."),
    u("ok ty", ACC),
    a("np"),
    w(70),
    u("can u help me remove a person in the background of one", NEW),
    a("In Photoshop: select the person with the Lasso tool, then Edit › Content-Aware Fill, adjust the sampling area "
      "so it only takes from the background, and output to a new layer. Tidy up edges with the Spot Healing Brush."),
    u("i dont have photoshop, only lightroom classic", REJ),
    a("In Lightroom Classic: press Q for the Remove tool, tick 'Use Generative AI', brush over the whole person and "
      "let it fill. If it's not right, click 'Refresh' for other variations."),
    u("omg it worked", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-07-06.jsonl", start="2026-07-06T22:37:40", role="assistant", turns=[
    u("I'm best man for my brother Sam on the 18th. Can you help with a speech opener? He's a paramedic, obsessed with "
      "his air fryer, and met Priya at a pub quiz where they were on rival teams.", PLAIN),
    a("Happy to! How long is the whole speech, and do you want it heartfelt, funny, or a bit of a roast?"),
    u("around 5 mins, mostly funny but not a roast, and nothing too rude", CLAR),
    a("\"Good afternoon everyone. For those who don't know me, I'm Sam's brother, and I've known Sam his whole life, "
      "which means I've also known all of his exes. Don't worry, Priya, I've been told I'm only allowed to mention "
      "two of them. And what happens on the stag do stays on the stag do... mostly.\""),
    u("Definitely no ex jokes, her whole family will be there 😬", REJ),
    a("\"Good afternoon everyone. I'm Tom, Sam's brother. Sam spends his days saving lives as a paramedic, and his "
      "evenings saving time with his air fryer: he's air-fried things that were never meant to be air-fried. Chips, "
      "fine. Halloumi, sure. A full Sunday roast, Sam? Last Christmas he tried to air-fry a yule log. But the "
      "greatest thing Sam ever found wasn't in a kitchen. It was at a pub quiz, where he was on the losing team and "
      "Priya was on the winning one. He tells people it was love at first sight. Priya tells people he asked her for "
      "the answer to question seven. Since then they've been on the same team, and honestly, they've been winning "
      "ever since. Their first holiday, their first flat, their first argument about whose turn it is to clean the "
      "air fryer...\""),
    u("Ha, the pub quiz bit is brilliant. It's an opener though, 30 seconds max, not half the speech", PART),
    a("\"Good afternoon everyone, I'm Tom, Sam's brother. Sam and Priya met at a pub quiz, on rival teams. Sam tells "
      "people it was love at first sight. Priya says he came over to ask for the answer to question seven. Either "
      "way, they've been on the same team ever since, and it's the only quiz Sam has ever won.\""),
    u("Spot on. Can you give me a closing toast to match?", FUP),
    a("\"So please raise your glasses: to Sam and Priya, the best team in any pub, any quiz, and any kitchen with an "
      "air fryer. To Sam and Priya!\""),
    u("Perfect, raising a glass to you Timmy 🥂", ACC),
]))

SESSIONS.append(dict(fmt="E", file="session_2026-07-09.jsonl", start="2026-07-09T20:51:26", role="timmy", turns=[
    u("bottling 19 litres of pale ale tomorrow, fermented at 19C, want about 2.4 volumes of CO2. how much table "
      "sugar?", PLAIN),
    t("terminal", {"command": "python3 -c \"T=19*9/5+32; r=3.0378-0.050062*T+0.00026555*T*T; "
                              "print(round(r,2), round(15.195*(19/3.785)*(2.4-r)))\""}, sh("0.89 115")),
    a("About **115 g of table sugar**. The beer already holds about 0.89 volumes from fermenting at 19 °C, so the "
      "sugar only has to add the rest."),
    u("is that per bottle or the whole batch lol", FUP),
    a("The whole batch. Dissolve it in about 200 ml of boiling water, let it cool, pour it into the bottling bucket and "
      "rack the beer on top so it mixes evenly."),
    u("the whole batch, got it", ACC),
    a("Yep. Stir gently so you don't splash oxygen in."),
    u("actually I just found a bag of carbonation drops in the cupboard, would those be easier? how many per 500ml "
      "bottle", FUP),
    a("Yes, easier: one drop per 500 ml bottle gives roughly 2.3–2.5 volumes, right where you want it. Want a label "
      "template for the bottles too?"),
    u("no, I write on the caps with a sharpie 😄", DEC),
    a("Classic. Leave them somewhere around 20 °C for two weeks before chilling one to test."),
]))
