"""Hand-written sessions of the `fresh3` corpus, format A: Hermes session JSON, one session per file (data only; see sessions_fresh3.py)."""


# ===========================================================================
# A: Hermes session JSON, one session per file
# ===========================================================================

def format_a(add, S, U, A, T):
    add("A", "session_20260803_091544_3b9f1e.json", [S(
        "Letter to the council",
        U("Good morning. I'd like to write to the council about the pothole outside number 14 Elm Grove. "
          "It has been there since February and my neighbour's grandson came off his bike on it last week. "
          "Could you draft a letter for me? I'll post it, I don't do email with them.", "plain"),
        A("Subject: Dangerous pothole outside 14 Elm Grove\n\nDear Highways Team,\n\nI am writing to report a "
          "pothole in the road outside 14 Elm Grove, which has been present since February. Last week a young "
          "cyclist fell from his bike after riding into it, and I am concerned that someone will be more "
          "seriously hurt if it is not repaired soon.\n\nI would be grateful if you could inspect the road and "
          "let me know when a repair is planned. Please reply to this email address at your earliest "
          "convenience.\n\nKind regards,\nMargaret Holloway\n\nSent from my computer"),
        U("Thank you dear, but this is set out as an email. There's a subject line, it says 'reply to this email "
          "address' and 'sent from my computer' at the bottom. It's going in the post! A proper letter please, "
          "with the addresses at the top and Yours faithfully.", "echo"),
        A("Margaret Holloway\n22 Elm Grove\nBramley\nLS13 4PQ\n\n3 August 2026\n\nHighways Department\nLeeds "
          "City Council\nMerrion House\n110 Merrion Centre\nLeeds\nLS2 8BB\n\nDear Sir or Madam,\n\nRe: Pothole "
          "outside 14 Elm Grove, Bramley\n\nI am writing to report a pothole in the road outside 14 Elm Grove, "
          "which has been there since February. Last week a young boy came off his bicycle after riding into it, "
          "and I fear that someone will be more seriously injured if it is left.\n\nI should be grateful if you "
          "would arrange for the road to be inspected and repaired, and let me know by post when the work is "
          "planned.\n\nYours faithfully,\n\n\n\nMargaret Holloway\n\n(I guessed your postcode and the council's "
          "address; do check both before you post it.)"),
        U("That's lovely. Much better. Do I put my address on the right or the left? We were always taught the "
          "right, but my granddaughter says that's old-fashioned.", "followup"),
        A("Either is correct. Putting your address in the top right corner is the traditional British layout, "
          "and nobody at the council will mind it. The all-on-the-left style your granddaughter means is simply "
          "the newer business fashion. Use whichever you prefer; just keep the date under your address."),
        U("I'll stick with the right then, old habits. Thank you, I'll print it at the library tomorrow.",
          "acceptance"),
    )])

    add("A", "session_20260804_062210_a71c04.json", [S(
        "Sleep around night shifts",
        U("doing 4 nights in a row starting tues (19:30-08:00). how should i sleep the day before the first one "
          "and between shifts? i always end up wrecked by night 3", "plain"),
        A("Night shifts are hard on the body because they work against your circadian rhythm, the internal clock "
          "that is set mainly by light. When you are awake at night and asleep in daylight, hormones such as "
          "melatonin and cortisol are released at the wrong times, which is why you feel so drained.\n\nThe "
          "healthiest option, if you can, is to limit the number of consecutive nights you work or ask your "
          "manager about a rota with fewer nights in a row.\n\nGood sleep hygiene helps a lot: keep your bedroom "
          "dark and cool, use blackout blinds and earplugs, avoid caffeine in the second half of your shift, and "
          "wear sunglasses on the way home so the morning light doesn't wake your brain up. A short nap before "
          "your first night can also help, and try to keep meals light during the night.\n\nOver time, a regular "
          "routine will make the transition easier."),
        U("i cant exactly avoid nights lol its my job. and i know the blackout blind stuff. what i need is an "
          "actual plan with times in it, tues to sat", "instead"),
        A("Here's a plan for Tue–Sat, shifts 19:30–08:00:\n\n**Tuesday (before night 1)**\n- Sleep in as late as "
          "you can, up around 09:30–10:00\n- Nap 13:00–16:00\n- Big meal about 17:30, leave for work\n\n**Wed, "
          "Thu, Fri mornings (between nights)**\n- Home by ~08:45, light snack, no screens\n- Sleep 09:15–15:45 "
          "(aim for 6.5 hrs)\n- Up, shower, daylight walk, proper meal\n- 30-min nap 18:00–18:30 if you can\n\n"
          "**On shift**\n- Last caffeine by 03:00\n- Eat your main meal before 01:00, small snacks after\n\n"
          "**Saturday (after night 4)**\n- Short sleep only, 09:30–12:30\n- Stay up, get outside in daylight\n- "
          "Normal bedtime around 22:00 to reset"),
        U("ok this is good. the nap before night 1 tho, my kids get home at half 3 so 13:00-16:00 wont happen. "
          "if i do 12-3 is that just as good?", "followup"),
        A("Yes, 12:00–15:00 is just as good: three hours is the useful part, and finishing earlier gives you a "
          "bit of time to wake up properly before the school run. Keep the 17:30 meal as planned."),
        U("thanks x", "acceptance"),
    )])

    add("A", "session_20260805_183302_5ce8d2.json", [S(
        "Card and cash totals",
        U("Hi Timmy, I've put last week's till export in ~/Shop/till_week34.csv. Can you tell me how much I took "
          "on card and how much in cash? Just the two totals please.", "plain"),
        T("head -4 ~/Shop/till_week34.csv",
          "date,time,amount,method\n2026-08-17,07:02,3.45,card\n2026-08-17,07:05,1.20,cash\n"
          "2026-08-17,07:11,12.80,card"),
        T("python3 -c \"import csv,collections;t=collections.defaultdict(float);d=collections.defaultdict(lambda: "
          "collections.defaultdict(float))\n[(t.__setitem__(r['method'],t[r['method']]+float(r['amount'])),"
          "d[r['date']].__setitem__(r['method'],d[r['date']][r['method']]+float(r['amount']))) for r in "
          "csv.DictReader(open('/Users/priya/Shop/till_week34.csv'))]\nprint(dict(t));[print(k,dict(v)) for k,v in "
          "sorted(d.items())]\"",
          "{'card': 3412.55, 'cash': 1187.2}\n2026-08-17 {'card': 461.1, 'cash': 170.35}\n2026-08-18 {'card': "
          "452.8, 'cash': 166.9}\n2026-08-19 {'card': 470.25, 'cash': 158.4}\n2026-08-20 {'card': 489.9, 'cash': "
          "171.05}\n2026-08-21 {'card': 512.6, 'cash': 180.3}\n2026-08-22 {'card': 583.15, 'cash': 196.75}\n"
          "2026-08-23 {'card': 442.75, 'cash': 143.45}"),
        A("Here's how last week broke down:\n\n| Day | Card | Cash |\n|---|---:|---:|\n| Mon 17 | £461.10 | "
          "£170.35 |\n| Tue 18 | £452.80 | £166.90 |\n| Wed 19 | £470.25 | £158.40 |\n| Thu 20 | £489.90 | £171.05 |"
          "\n| Fri 21 | £512.60 | £180.30 |\n| Sat 22 | £583.15 | £196.75 |\n| Sun 23 | £442.75 | £143.45 |\n\n"
          "Card makes up about 74% of your takings, and Saturday is your strongest day for both. With cash now "
          "only around a quarter of sales, you might consider whether the cost of banking cash is still worth "
          "it, or encourage card payments with a small sign at the till. It could also be worth checking your "
          "card provider's fees, since that's where most of your money now comes through."),
        U("I don't need all the days. This is going into one box on the accountant's form. Card total and cash "
          "total.", "repeat_narrow"),
        A("Card: £3,412.55\nCash: £1,187.20"),
        U("Perfect thanks. Can you do the same for week 33? Same folder, till_week33.csv", "new_task"),
        T("python3 -c \"import csv,collections;t=collections.defaultdict(float)\n[t.__setitem__(r['method'],"
          "t[r['method']]+float(r['amount'])) for r in csv.DictReader(open('/Users/priya/Shop/till_week33.csv'))]"
          "\nprint(dict(t))\"",
          "{'card': 3106.9, 'cash': 1342.15}"),
        A("Card: £3,106.90\nCash: £1,342.15"),
        U("lovely ta", "acceptance"),
    )])

    add("A", "session_20260806_204417_0d2b66.json", [S(
        "Grammar check of an essay paragraph",
        U("Hello, I am student from Vietnam and I write essay for my English class. Please can you correct the "
          "grammar of this paragraph but not change my ideas or make it sound too fancy, teacher know my level.\n\n"
          "\"In my country, the motorbike is the most popular vehicle. Almost every family have at least one "
          "motorbike, because it is cheap and easy for move in small street. However, the traffic become very bad "
          "in big city like Ho Chi Minh City, and the air pollution is also increase.\"", "plain"),
        A("Here is a polished version:\n\n\"In Vietnam, the motorbike reigns supreme as the ubiquitous mode of "
          "transport. Virtually every household owns at least one, prized for its affordability and its agility in "
          "navigating narrow alleyways. Yet this convenience comes at a cost: in sprawling metropolises such as Ho "
          "Chi Minh City, congestion has reached crippling levels, and air quality continues to deteriorate.\"\n\n"
          "This version uses more varied vocabulary and a stronger contrast between the two halves."),
        U("Thank you but this is not my writing anymore. \"reigns supreme\", \"ubiquitous\", \"sprawling "
          "metropolises\" my teacher will know immediately it is not me. Only fix the mistakes please, keep my "
          "sentences.", "repeat_narrow"),
        A("Here is your paragraph with only the mistakes fixed:\n\n\"In my country, the motorbike is the most "
          "popular vehicle. Almost every family has at least one motorbike, because it is cheap and easy to move "
          "around in small streets. However, the traffic has become very bad in big cities like Ho Chi Minh City, "
          "and the air pollution is also increasing.\"\n\nWhat changed:\n1. \"every family have\" → \"every family "
          "has\"\n2. \"easy for move in small street\" → \"easy to move around in small streets\"\n3. \"the "
          "traffic become\" → \"the traffic has become\"\n4. \"big city\" → \"big cities\"\n5. \"is also "
          "increase\" → \"is also increasing\""),
        U("Oh this is very helpful, the list is good so I can learn. Why is \"have\" wrong? Family is many "
          "people.", "followup"),
        A("Good question! After \"every\", English always uses the singular: every family has, every student "
          "is, every car needs. \"Every\" makes you think about each family one at a time, so the verb is "
          "singular even though there are many families. (\"All families have\" would also be correct.)"),
        U("I understand now. Thank you so much teacher Timmy 🙏", "acceptance"),
    )])

    add("A", "session_20260808_101926_e4a390.json", [S(
        "Bookcase cut list",
        U("Building a simple bookcase, 1800 tall x 800 wide x 300 deep, 18mm birch ply, 4 shelves plus a top and "
          "bottom, back panel separate. Can you give me a cut list? Sheets are 2440x1220.", "plain"),
        A("Cut list (18mm birch ply):\n\n- Sides: 2 @ 1800 x 300\n- Top: 1 @ 800 x 300\n- Bottom: 1 @ 800 x 300\n"
          "- Shelves: 4 @ 800 x 300\n\nThat's 8 pieces in total. Add the back panel separately (6mm ply, 1800 x "
          "800 if it's fitted into a rebate)."),
        U("hang on, if the shelves are 800 and the sides go outside them it comes out at 836 wide. the "
          "horizontals sit between the sides", "explicit"),
        A("You're right, the horizontals need to lose two thicknesses of ply: 800 − 2 × 18 = 764.\n\nRevised cut "
          "list:\n\n- Sides: 2 @ 1800 x 300\n- Shelves: 4 @ 764 x 300\n\nOverall width stays 800."),
        U("widths are right now but you've lost the top and bottom. 6 pieces at 764, not 4. and will it all come "
          "out of one sheet?", "partial"),
        T("python3 -c \"k=3;print('strip widths', 4*300+3*k, '<= 1220');print('3 shelves in a strip', 3*764+2*k, "
          "'<= 2440');print('side + shelf', 1800+764+k)\"",
          "strip widths 1209 <= 1220\n3 shelves in a strip 2298 <= 2440\nside + shelf 2567"),
        A("Corrected cut list (18mm birch ply):\n\n- Sides: 2 @ 1800 x 300\n- Top, bottom and shelves: 6 @ 764 x "
          "300\n\nYes, it fits on one 2440 x 1220 sheet, allowing 3mm per saw cut:\n\n1. Rip the sheet into four "
          "300mm strips (4 × 300 + 3 cuts = 1209mm, so 11mm spare).\n2. Strips 1 and 2: cut one side each "
          "(1800), leaving a 637mm offcut.\n3. Strips 3 and 4: cut three 764 pieces each (2298mm used, 142mm "
          "left).\n\nA side and a shelf won't share a strip (1800 + 764 is more than 2440), so keep them on "
          "separate strips. Want me to draw the layout as a quick diagram?"),
        U("Brilliant, one sheet it is. No need for the diagram, I can picture it. Cheers", "decline_offer"),
        A("Enjoy the build! Those two 637mm offcuts would make a handy little step stool, if you fancy it."),
    )])

    add("A", "session_20260810_084751_9a1f27.json", [S(
        "Defence deadline",
        U("Need a date check. Claim form and particulars were served together, deemed served Thursday 3 "
          "September 2026. Defence due 14 days after service of the particulars. What's the date? Just the "
          "date.", "plain"),
        A("Wednesday 23 September 2026."),
        U("that can't be right. looks like you've counted working days. the period is over 5 days so weekends "
          "count, it's calendar days", "explicit"),
        T("cal 9 2026",
          "   September 2026\nSu Mo Tu We Th Fr Sa\n       1  2  3  4  5\n 6  7  8  9 10 11 12\n13 14 15 16 17 18 "
          "19\n20 21 22 23 24 25 26\n27 28 29 30"),
        A("Thursday 17 September 2026."),
        U("Thanks, that matches mine. And if they file an acknowledgment of service it's 28 days after the "
          "particulars, what's that one?", "followup"),
        A("Thursday 1 October 2026."),
        U("great ta", "acceptance"),
    )])

    add("A", "session_20260811_221038_46d7b5.json", [S(
        "Transposing a song",
        U("can you transpose the chords of a song for me? it's in G and our singer needs it lower", "plain"),
        A("Happy to. How far down does she want it (one tone, a minor third...)? And paste the chords in order, "
          "then I'll write them out in the new key."),
        U("two semitones down. verse G - Em - C - D, chorus C - D - G - G, bridge Am - D - G - G7", "clarify_answer"),
        A("Two semitones down from G is F:\n\n- Verse: F - Dm - Bb - C\n- Chorus: Bb - C - F - F\n- Bridge: Gm - C "
          "- F - F7\n\nIf the Bb barre is awkward, you could also put a capo on the 3rd fret and play D shapes: "
          "D - Bm - G - A. Want that version written out too?"),
        U("No, no capo, i hate how it looks on stage lol. i'll just practise the Bb. any tips for that shape?",
          "decline_offer"),
        A("A few that help:\n- Start with the small version: xx3331, just the top four strings, ring finger "
          "barring the 3rd fret.\n- Roll your first finger slightly onto its bony side for the full barre.\n- "
          "Keep your thumb low behind the neck, not hooked over the top.\n- Practise switching F → Bb slowly, "
          "ten times in a row, before speeding up."),
        U("xx3331 is so much easier omg. thank you!!", "acceptance"),
    )])

    add("A", "session_20260813_195512_b82c0e.json", [S(
        "Weeknight dinners with a peanut allergy",
        U("need a dinner plan mon-fri for 2 adults + 3 kids (4, 7, 11). the 7 year old has a peanut allergy so "
          "nothing with nuts at all. budget is tight, about £45 for the 5 dinners. go", "plain"),
        A("Here's a budget-friendly plan (about £44):\n\n- **Mon:** Spaghetti bolognese with garlic bread (£9)\n"
          "- **Tue:** Sausage and mash with peas and gravy (£8)\n- **Wed:** Chicken satay skewers with rice and "
          "cucumber (£10)\n- **Thu:** Homemade pizza night with salad (£8)\n- **Fri:** Fish finger wraps with "
          "sweetcorn (£9)\n\nBuy one big pack of chicken and mince in the yellow-sticker section to save more."),
        U("wednesday?? satay is peanut sauce. did the allergy bit not go in", "echo"),
        A("I'm sorry, that was a serious slip. Satay sauce is made with peanuts. Here's the plan with "
          "Wednesday changed:\n\n- **Mon:** Spaghetti bolognese with garlic bread (£9)\n- **Tue:** Sausage and "
          "mash with peas and gravy (£8)\n- **Wed:** Chicken fajitas with peppers, soured cream and cheese "
          "(£10)\n- **Thu:** Homemade pizza night with salad (£8)\n- **Fri:** Fish finger wraps with sweetcorn "
          "(£9)\n\nTotal about £44. Still check labels for \"may contain nuts\", especially the wraps and garlic "
          "bread."),
        U("ok thats better. can you turn it into a shopping list grouped by aisle? fridge, veg, tins, freezer etc",
          "followup"),
        A("**Fridge**\n- 500g beef mince\n- 8 pork sausages\n- 3 chicken breasts\n- Grated mozzarella, "
          "cheddar\n- Soured cream\n\n**Veg & fruit**\n- Onions (bag)\n- Garlic\n- 3 peppers\n- Potatoes (2.5kg)\n"
          "- Cucumber, lettuce, tomatoes\n\n**Tins & jars**\n- Chopped tomatoes x2\n- Passata\n- Sweetcorn\n- "
          "Gravy granules\n\n**Bakery**\n- Garlic baguette\n- 2 packs wraps\n- Pizza bases (or flour + yeast)\n\n"
          "**Freezer**\n- Fish fingers\n- Peas\n\n**Cupboard**\n- Spaghetti\n- Fajita seasoning"),
        U("amazing thank you, screenshotting this 📸", "acceptance"),
    )])

    add("A", "session_20260815_130407_c1e5a8.json", [S(
        "Salon price list",
        U("Can you make me a price list for my salon insta post. Ladies cut & blow dry £38, gents cut £18, kids "
          "under 12 £12, full head colour from £65, half head highlights £55, full head highlights £75. Keep it "
          "short and pretty, I'll paste it into the caption", "plain"),
        A("| Service | Price |\n|---|---|\n| Ladies cut & blow dry | £38 |\n| Gents cut | £18 |\n| Kids (under "
          "12) | £12 |\n| Full head colour | from £65 |\n| Half head highlights | £55 |\n| Full head highlights | "
          "£75 |"),
        U("instagram doesn't do tables hun, it came out as lines with | everywhere 😩 plain text with a few emoji "
          "would be better", "instead"),
        A("✨ PRICE LIST ✨\n\n💇‍♀️ Ladies cut & blow dry — £38\n💈 Gents cut — £18\n🧒 Kids under 12 — £12\n"
          "🎨 Full head colour — from £65\n🌟 Half head highlights — £55\n🌟 Full head highlights — £75\n\n"
          "📅 Book via DM or call the salon 💕"),
        U("yesss 😍 perfect", "acceptance"),
        A("Glad you like it! 💕"),
        U("unrelated but do I need a licence to have the radio on in the salon?", "new_task"),
        A("Yes, in the UK playing the radio in a business open to the public counts as playing music in public, "
          "so you normally need TheMusicLicence from PPL PRS. The cost depends on the size of the salon and how "
          "the music is played; small businesses often pay somewhere around £100–£200 a year, but get a quote on "
          "their website to be sure."),
        U("ugh course I do. ok thanks", "acceptance"),
    )])

    add("A", "session_20260817_041930_77f3d1.json", [S(
        "Shift swap message",
        U("write a message for the ward group chat asking if anyone can swap my night on the 19th for a day "
          "shift on the 24th", "plain"),
        A("Dear Colleagues,\n\nI hope this message finds you all well. I am writing to enquire whether any member "
          "of the team would be willing to exchange shifts with me. I am currently rostered for a night shift on "
          "the 19th of the month, and I would be most grateful to swap this for a day shift on the 24th.\n\nI "
          "appreciate that everyone has commitments, and I completely understand if this is not possible. Should "
          "anyone be able to help, please do not hesitate to contact me directly, and I will of course inform the "
          "ward manager once an arrangement has been agreed.\n\nThank you very much for your time and "
          "consideration.\n\nKind regards,\nDele"),
        U("its a whatsapp group not a letter to the queen 😂 couple of lines max", "instead"),
        A("Hi all! Anyone fancy swapping my night on the 19th for a day on the 24th? Would owe you one 🙏"),
        U("perfect sending now", "acceptance"),
        A("Hope someone bites!"),
        U("oh wait its the 18th not the 19th, my bad. can you change it", "plain"),
        A("Hi all! Anyone fancy swapping my night on the 18th for a day on the 24th? Would owe you one 🙏"),
        U("ta", "acceptance"),
    )])
