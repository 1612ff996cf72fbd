"""Hand-written sessions of the `fresh3` corpus (data only; see make_fresh3.py).

Each U(text, kind) is a user turn with its hand label.  Owners: Margaret (retired
English teacher), Dele (nurse on night shifts), Priya (corner-shop owner), Minh
(Vietnamese student writing in English), Carla (parent of three, plans the meals),
Tom (hobby woodworker), Ines (cellist and double-bass player), Rosa (paralegal),
Hamid (hardware-shop owner), Gwen (hairdresser), Lucía (Spanish student).
"""


def build(add, S, U, A, T, DEC, ERR):
    format_a(add, S, U, A, T)
    format_b(add, S, U, A)
    format_c(add, S, U, A)
    format_d(add, S, U, A, T)
    format_e(add, S, U, A, T, DEC, ERR)


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


# ===========================================================================
# B: gateway transcript JSONL, one session per file
# ===========================================================================

def format_b(add, S, U, A):
    add("B", "20260803_173015_8e21c4.jsonl", [S(
        "Book club questions",
        U("Hello Timmy. It's my turn to host book club next Thursday and we're doing The Remains of the Day. "
          "Could you give me six discussion questions? Nothing that spoils the ending, mind, because Pauline "
          "and Dot are always behind.", "plain"),
        A("Here are six questions for The Remains of the Day:\n\n1. Stevens talks a great deal about "
          "\"dignity\". What do you think he means by it, and does his idea of it change?\n2. How reliable a "
          "narrator is Stevens? Were there moments you doubted his account?\n3. What does the road trip itself "
          "add to the story, compared with scenes at Darlington Hall?\n4. How does the novel show the world of "
          "the great English country house coming to an end?\n5. When Stevens and Miss Kenton finally part at "
          "the bus stop and he admits his heart is breaking, did you feel he had wasted his life?\n6. Stevens "
          "practises \"bantering\" for his new American employer. What does this tell us about him?"),
        U("These are very good, and I like number two especially, it's exactly the sort of thing Geoffrey will "
          "want to argue about for half an hour. But number five gives away the whole ending with the bus stop! "
          "The others are fine, could you swap just that one for something from the first half? Pauline "
          "would never forgive me.", "partial"),
        A("Of course. Here's the set with question 5 replaced:\n\n1. Stevens talks a great deal about "
          "\"dignity\". What do you think he means by it, and does his idea of it change?\n2. How reliable a "
          "narrator is Stevens? Were there moments you doubted his account?\n3. What does the road trip itself "
          "add to the story, compared with scenes at Darlington Hall?\n4. How does the novel show the world of "
          "the great English country house coming to an end?\n5. Stevens keeps working while his father is "
          "dying upstairs. Did you admire him or pity him in that scene?\n6. Stevens practises \"bantering\" "
          "for his new American employer. What does this tell us about him?"),
        U("Splendid. That's the one about his father, yes, that will get them going. I'll print them on the nice "
          "cream paper.", "acceptance"),
        A("Lovely. Would you like a short paragraph about Kazuo Ishiguro to open the evening with?"),
        U("No thank you, Sheila always does the author bit, she'd be put out if I took it over!", "decline_offer"),
        A("Ha, best leave Sheila to it then. Enjoy the evening!"),
    )])

    add("B", "20260804_111842_2f5a90.jsonl", [S(
        "Bank holiday sign",
        U("Need a sign for the shop door: closed Monday 31 August for the bank holiday, open as normal Tuesday. "
          "English on top and Gujarati underneath please, lots of my older customers read Gujarati.", "plain"),
        A("CLOSED\nMonday 31 August (Bank Holiday)\nOpen as normal from Tuesday 1 September\n\nबंद\nसोमवार, 31 "
          "अगस्त (बैंक अवकाश)\nमंगलवार 1 सितंबर से सामान्य रूप से खुला"),
        U("The bottom half is Hindi, not Gujarati. Different script. My mum says the customers won't read it.",
          "explicit"),
        A("Sorry about that. Here it is with Gujarati underneath:\n\nCLOSED\nMonday 31 August (Bank Holiday)\n"
          "Open as normal from Tuesday 1 September\n\nબંધ\nસોમવાર, 31 ઓગસ્ટ (બેંક રજા)\nમંગળવાર 1 સપ્ટેમ્બરથી "
          "રાબેતા મુજબ ખુલ્લું\n\nDo ask your mum to check the wording before you print it."),
        U("Mum's checked it, she says it's fine. Printing now, thank you!", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260805_213305_c90e7b.jsonl", [S(
        "Extension email",
        U("Hi, I need to write email to my lecturer Dr Hughes to ask for extension for my essay, because I was "
          "sick with covid last week. Deadline is Friday. Can you help me write it?", "plain"),
        A("Sure! Here's a draft:\n\nHey Dr Hughes!\n\nHope you're doing well! Just a quick one — I got hit with "
          "covid last week and I'm a bit behind on the essay. Any chance I could get a few extra days? Would be "
          "a massive help!\n\nCheers,\nMinh"),
        U("Hmm I think this is too casual? In Vietnam we must be very polite with teacher, and my friend say in "
          "UK university also the email should be formal. Can you make it more formal and polite please.",
          "instead"),
        A("Of course. Here is a more formal version:\n\nDear Dr Hughes,\n\nI hope you are well. I am writing to "
          "ask whether it would be possible to have an extension for my essay, which is due this Friday. "
          "Unfortunately I was ill with Covid-19 last week and was unable to work on it.\n\nI would be very "
          "grateful for an extra week, if possible. I can provide a copy of my positive test result if "
          "needed.\n\nThank you very much for your understanding.\n\nKind regards,\nMinh Nguyen\nStudent ID: "
          "[your number]"),
        U("Thank you, this is good. Should I write \"Dear Dr Hughes\" or \"Dear Professor Hughes\"? She is senior "
          "lecturer.", "followup"),
        A("\"Dear Dr Hughes\" is right. In UK universities \"Professor\" is a specific senior title, and a senior "
          "lecturer with a doctorate is addressed as Dr."),
        U("ok I send it now, wish me luck!", "acceptance"),
        A("Good luck, Minh! I hope you're feeling better too."),
    )])

    add("B", "20260807_162740_41bd3f.jsonl", [S(
        "Finish for an oak bench",
        U("Made an oak bench for the garden. What should I finish it with?", "plain"),
        A("For outdoor oak I'd recommend a marine or yacht varnish, such as a polyurethane spar varnish. Apply "
          "three to four thin coats, sanding lightly with 240 grit between coats. It gives a hard, glossy "
          "shell that keeps water out and makes the grain glow."),
        U("not varnish. it cracks and peels outside and i'd be sanding the lot back every couple of years. i "
          "want something i can just wipe on again each spring", "reject_approach"),
        A("Then an oil is the way to go. Options for outdoor oak:\n\n1. Teak oil: traditional, easy, needs "
          "frequent recoats\n2. Danish oil (exterior grade): slightly harder finish\n3. Decking oil: cheap, "
          "tinted options\n4. Linseed oil: classic but slow to dry, can go mouldy\n5. Tung oil: very water "
          "resistant, slow curing\n6. Osmo UV-Protection Oil: hardwax oil with UV filters\n7. Sikkens Cetol: "
          "a stain-oil hybrid\n8. Leave it bare to silver naturally\n\nEach has pros and cons depending on look, "
          "budget and how much upkeep you want."),
        U("ok but which one would you actually use. just pick one", "repeat_narrow"),
        A("Osmo UV-Protection Oil (the clear 420 or a lightly tinted one). It soaks in rather than forming a "
          "skin, so it can't peel, the UV filter slows the greying, and in spring you just clean the bench and "
          "wipe on one fresh coat. Two thin coats to start with, 12 hours apart."),
        U("that's what my mate uses on his decking actually. how much do i need for a 1.5m bench?",
          "followup"),
        A("A 0.75 litre tin will be plenty. A bench that size is only around 2 square metres of surface, and "
          "0.75 L covers roughly 18 m² per coat, so you'll have lots left for the yearly top-up."),
        U("champion, cheers", "acceptance"),
    )])

    add("B", "20260808_204551_7ad0c2.jsonl", [S(
        "Cello practice routine",
        U("ive got 40 mins a day to practise cello, grade 6 exam in november. make me a weekly routine", "plain"),
        A("Here's a 40-minute daily routine:\n\n- 5 min: open strings and long bows\n- 10 min: scales and "
          "arpeggios (two keys a day, rotating through the list)\n- 15 min: pieces (one piece in depth each day, "
          "the other two played through on Sat)\n- 5 min: studies\n- 5 min: sight-reading or aural tests\n\nSunday "
          "off."),
        U("love this", "acceptance"),
        A("Great, good luck with the practice!"),
        U("could you make a version for the week before the exam? more mock exam stuff", "followup"),
        A("For exam week, aim for 90 minutes a day:\n\n- 15 min: warm-up and all scales from the list\n- 30 min: "
          "full run-throughs of all three pieces, as if in the exam room\n- 20 min: sight-reading, a new piece "
          "each day\n- 15 min: aural tests with a friend or app\n- 10 min: slow practice of any wobbly bars"),
        U("ninety?? its still 40 mins a day that week, i'm working full time", "echo"),
    )])

    add("B", "20260809_141228_e5c816.jsonl", [S(
        "Deposition timeline",
        U("Pasting an extract from Mr Carver's deposition. Pull out just what he says about the timeline on "
          "the night of 14 March, in order, as bullets.\n\nQ: What time did you leave the office?\nA: About "
          "quarter past six. I'd say 6:15.\nQ: Were you alone?\nA: Yes. Well, Dan walked me to the car park.\n"
          "Q: How is your relationship with Mr Price?\nA: Professional. We don't socialise.\nQ: Where did you "
          "go after the car park?\nA: Straight to the Fox and Hounds. Got there maybe ten to seven.\nQ: How long "
          "did you stay?\nA: An hour, maybe a bit more. I left around eight.\nQ: Did you drink?\nA: Two pints.\n"
          "Q: And when you left the office, what time was it?\nA: Half six, roughly.", "plain"),
        A("Summary of the extract:\n\n- Mr Carver left the office at around 6:15pm; Dan accompanied him to the "
          "car park.\n- He describes his relationship with Mr Price as professional and says they do not "
          "socialise.\n- He went to the Fox and Hounds, arriving at about 6:50pm.\n- He stayed around an hour "
          "and drank two pints.\n- He left the pub around 8pm.\n- He later estimated his departure from the "
          "office at about 6:30pm."),
        U("Timeline only. The bit about Price and the pints isn't timeline.", "repeat_narrow"),
        A("Timeline, in his order:\n\n- Left the office about 6:15pm (\"quarter past six. I'd say 6:15\")\n"
          "- Walked to the car park with Dan\n- Drove straight to the Fox and Hounds, arrived about 6:50pm\n"
          "- Stayed an hour or a bit more, left around 8pm\n- Later: left the office \"half six, roughly\""),
        U("That's what I needed. Can you flag where he contradicts himself?", "followup"),
        A("One clear contradiction: he first puts leaving the office at 6:15 (\"I'd say 6:15\"), then later at "
          "\"half six, roughly\". A 15-minute gap matters because it also squeezes his drive to the Fox and "
          "Hounds (arrived about 6:50) from 35 minutes to 20. There's also a softer one: he first says he was "
          "alone, then corrects himself that Dan walked him to the car park."),
        U("good catch on the Dan one, I missed that. thanks", "acceptance"),
    )])

    add("B", "20260811_072916_93c4aa.jsonl", [S(
        "Lunchbox ideas",
        U("lunchbox ideas for the kids please, they're bored of ham sandwiches. 7 and 11, the 7 yr old can't "
          "have nuts", "plain"),
        A("Make lunch fun with bento boxes! Ideas:\n\n- Sandwiches cut into panda and dinosaur shapes with "
          "cookie cutters, with nori faces\n- Rainbow fruit skewers, one colour per skewer\n- Rice balls shaped "
          "like animals with little sesame-seed eyes\n- Mini pancake stacks with fruit \"toppings\" in a separate "
          "compartment\n- Cheese and cracker \"pizzas\" decorated with pepper smiles\n\nAdd a little note with a "
          "joke each day!"),
        U("ok these are cute but I have about 10 mins in the morning with 3 kids screaming at each other, "
          "nobody is making rice pandas in this house 😂 normal stuff I can chuck in a box", "reject_approach"),
        A("Totally fair. Quick ones, no cutting or shaping:\n\n- Wraps: cream cheese and cucumber, or chicken "
          "and sweetcorn (make two nights' worth at once)\n- Pasta salad from last night's pasta + cheese cubes "
          "+ sweetcorn\n- Cheese, crackers, cherry tomatoes and grapes (halved for the 7 yr old)\n- Pitta with "
          "hummus and carrot sticks\n- Cold sausages or a boiled egg with a bread roll\n\nAll nut-free; just "
          "check the hummus label, some are made in factories that handle nuts."),
        U("ha yes THIS is my life. the wraps idea is good", "acceptance"),
        A("Wraps it is. Two nights' worth in one go saves a morning."),
        U("can you freeze wraps once they're made?", "followup"),
        A("Plain wraps freeze well, but filled ones don't: cucumber and cream cheese go soggy when thawed. "
          "Freeze the wraps themselves and fill them the night before instead."),
        U("👍", "acceptance"),
    )])

    add("B", "20260812_034457_1c08fe.jsonl", [S(
        "Owls at 4am",
        U("quiet night on the ward for once. tell me something interesting about owls", "plain"),
        A("Owls can't move their eyes in their sockets (they're tube-shaped, not round), so instead they turn "
          "their whole head, up to 270 degrees. Special blood vessels at the base of the skull store extra "
          "blood so the brain keeps its supply while the neck is twisted."),
        U("haha thats creepy. how many bones in their neck then", "followup"),
        A("Fourteen neck vertebrae, twice as many as most mammals."),
        U("we've got 7 right?", "followup"),
        A("Yes, 7, the same as a giraffe."),
        U("mad. right obs round, bye timmy", "plain"),
        A("Good luck with the rest of the night!"),
    )])

    add("B", "20260814_112031_5d6e09.jsonl", [S(
        "Taking VAT off a price",
        U("How much is £84 including VAT without the VAT. 20%", "plain"),
        A("£84 minus 20% = £67.20 before VAT."),
        U("that doesn't look right. my accountant always says divide by 1.2, wouldn't that be 70?", "explicit"),
        A("Yes, your accountant's right and I was wrong. Take VAT out by dividing by 1.2: £84 ÷ 1.2 = £70.00 "
          "before VAT, and the VAT is £14.00. Knocking 20% off the VAT-inclusive price takes off too much, "
          "because the 20% was added to £70, not to £84."),
        U("ok good. what's the VAT on £250 before VAT then", "followup"),
        A("£50 VAT, so £300 including VAT."),
        U("cheers", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260815_083926_f2c913.jsonl", [S(
        "Card machine down",
        U("card machine keeps failing. this is what it says on the screen: TXN DECLINED - ERR 1017 COMMS FAIL. "
          "what does that mean", "plain"),
        A("It means the terminal couldn't reach the bank, so it's a connection problem rather than the "
          "customers' cards. Try:\n\n1. Switch the terminal off and on again.\n2. Check the shop wifi or the "
          "phone line it's plugged into.\n3. If it has a SIM, move it nearer the window.\n\nIf it still fails, "
          "your card provider's support line can reset it. Which company is it? I can look up their number."),
        U("No, the number's on the back of the machine. I'll ring them.", "decline_offer"),
        A("Good idea. Have the terminal ID (on the same sticker) ready when they answer."),
        U("while I'm on hold, write a sign for the till. card payments down today, cash only. sorry but not "
          "grovelling", "new_task"),
        A("Sorry, our card machine is down today.\nCASH ONLY.\nThere's a cashpoint at the Co-op, 2 minutes' "
          "walk."),
        U("the co-op cashpoint's been broken for a month 😂 send them to the post office on Station Road "
          "instead", "instead"),
        A("Sorry, our card machine is down today.\nCASH ONLY.\nThere's a cash machine at the Post Office on "
          "Station Road."),
        U("printed 👍 and the bank's fixing the machine now", "acceptance"),
    )], platform="whatsapp")

    add("B", "20260816_190310_b4a7e2.jsonl", [S(
        "Phrasal verbs in Spanish",
        U("Hi! I am from Valencia and I am learning English. Can you explain me the difference between \"look "
          "after\", \"look for\" and \"look up\"? Explain in Spanish please, grammar explanations in English are "
          "too difficult for me.", "plain"),
        A("Of course! These are phrasal verbs, where a verb and a particle together have a new meaning:\n\n- "
          "**look after** means to take care of someone: \"She looks after her little brother.\"\n- **look for** "
          "means to try to find something: \"I'm looking for my keys.\"\n- **look up** means to search for "
          "information in a book or online: \"Look up the word in the dictionary.\"\n\nThe particle changes the "
          "meaning completely, so it's best to learn each one as a new word."),
        U("en español por favor 🙏 I wrote it in my message", "echo"),
        A("¡Claro! Son \"phrasal verbs\": un verbo más una partícula que juntos tienen un significado nuevo.\n\n"
          "- **look after** = cuidar a alguien: \"She looks after her little brother\" (Ella cuida a su "
          "hermano pequeño).\n- **look for** = buscar algo: \"I'm looking for my keys\" (Estoy buscando mis "
          "llaves).\n- **look up** = buscar información en un diccionario o en internet: \"Look up the word in "
          "the dictionary\" (Busca la palabra en el diccionario).\n\nConsejo: apréndelos como palabras nuevas, "
          "porque la partícula cambia todo el significado."),
        U("¡Mil gracias! Now I understand. Can you give me 5 exercises to practise? Answers at the end", "followup"),
        A("Fill in with after, for or up:\n\n1. Can you look ___ the cat while I'm on holiday?\n2. I'm looking "
          "___ a new flat near the university.\n3. If you don't know the word, look it ___.\n4. Nurses look ___ "
          "patients.\n5. We looked ___ the train times on the app.\n\nAnswers: 1 after, 2 for, 3 up, 4 after, "
          "5 up"),
        U("done! 4 of 5, I put \"for\" in number 5 😅", "plain"),
        A("4 out of 5 is great! Number 5 is tricky: you look up information such as train times, but you look "
          "for things you want to find, like a train ticket you've lost."),
    )])


# ===========================================================================
# C: `hermes sessions export` JSONL, 2-4 whole sessions per line-file
# ===========================================================================

def format_c(add, S, U, A):
    add("C", "hermes_export_2026-08-18.jsonl", [
        S("Dovetail angles",
          U("what angle for dovetails in hardwood?", "plain"),
          A("1:8 is the usual ratio for hardwood, which is about 7 degrees."),
          U("thanks, and softwood?", "followup"),
          A("1:6 for softwood, about 9.5 degrees. The steeper angle bites better into the softer fibres."),
          U("spot on", "acceptance")),
        S("Bigger text on the phone",
          U("How do I make the writing bigger on my phone? It's a Samsung.", "plain"),
          A("Go to Settings > Display & Brightness > Text Size, then drag the slider to the right. If you want "
            "it even bigger, go to Settings > Accessibility > Display & Text Size > Larger Text."),
          U("There's no 'Display & Brightness' on mine. It's a Samsung, dear.", "echo"),
          A("Sorry, those were iPhone steps. On a Samsung:\n\n1. Open Settings (the grey cog).\n2. Tap "
            "Display.\n3. Tap Font size and style.\n4. Drag the Font size slider to the right.\n\nYou can also "
            "make everything bigger, icons included, under Display > Screen zoom."),
          U("Found it! I've put it up two notches. Oh, that's much kinder on my eyes.", "acceptance")),
        S("Roast chicken timing",
          U("how long do i cook a 1.6kg chicken", "plain"),
          A("At 190°C (170°C fan), allow 20 minutes per 500g plus 20 minutes: about 1 hour 25 minutes for "
            "1.6kg. Check the juices run clear at the thickest part of the thigh, then rest it for 15 minutes."),
          U("perfect ta", "acceptance"),
          A("Enjoy your roast!"),
          U("oh it's 1.8 actually, I read the label wrong 🙈", "plain"),
          A("For 1.8kg, about 1 hour 32 minutes at the same temperature, then the 15-minute rest."),
          U("👍", "acceptance")),
        S("Lightener mixing ratio",
          U("whats the mixing ratio for blondor for foil highlights", "plain"),
          A("Which Blondor are you using (the Multi Blonde powder or the Freelights), and what strength of "
            "developer?"),
          U("multi blonde powder, 6%", "clarify_answer"),
          A("Wella's guide for Blondor Multi Blonde powder is 1 part powder to 1.5 parts Welloxon Perfect "
            "developer, so 30g powder to 45ml of 6%. Check the leaflet in your tub, as ratios can change between "
            "product versions."),
          U("and how long max on foils", "followup"),
          A("Up to 50 minutes for foils, checking every 10 minutes or so. Don't add heat with Multi Blonde."),
          U("ta babe", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-20.jsonl", [
        S("Wedding gig invoice",
          U("write me an invoice for a wedding gig. 3 hours playing, £450, paid by bank transfer, client Mr & "
            "Mrs Okafor, date of the wedding 12 Sep", "plain"),
          A("Here's an invoice template you can open in a browser:\n\n```html\n<html>\n<body style=\"font-family: "
            "sans-serif\">\n  <h1>INVOICE</h1>\n  <p>To: Mr & Mrs Okafor</p>\n  <table>\n    <tr><td>Wedding "
            "performance, 12 September 2026 (3 hours)</td><td>£450.00</td></tr>\n  </table>\n  <p>Payment by "
            "bank transfer</p>\n</body>\n</html>\n```"),
          U("i don't need code 😅 i just want the text so i can paste it in a word doc", "reject_approach"),
          A("INVOICE\n\nInvoice no: 2026-014\nDate: 13 September 2026\n\nFrom: Ines Moreira\nTo: Mr & Mrs "
            "Okafor\n\nDescription: Live music for wedding reception, 12 September 2026 (3 hours)\nAmount: "
            "£450.00\n\nTotal due: £450.00\n\nPayment by bank transfer within 14 days to:\nName: Ines Moreira\n"
            "Sort code: [xx-xx-xx]\nAccount no: [xxxxxxxx]\nReference: OKAFOR"),
          U("perfect. is it weird to put 'thank you for having me' at the bottom?", "followup"),
          A("Not weird at all. For a wedding it's a warm touch. Something like \"Thank you for having me play at "
            "your wedding, it was a joy\" works well."),
          U("cool adding it", "acceptance")),
        S("Loyalty card name",
          U("what's a good name for a loyalty card for a hardware shop. the shop's called Hamid's Hardware",
            "plain"),
          A("Some ideas:\n\n1. Hamid's Regulars\n2. The Toolbox Card\n3. Nuts & Bolts Club\n4. Handy Points\n"
            "5. The Fix-It Card"),
          U("the nuts & bolts one made me laugh, going with that", "acceptance"),
          A("Good choice, it's memorable."),
          U("now write the small print. stamp card, 10 stamps = £5 off, one stamp per £10 spent, no cash value",
            "new_task"),
          A("Nuts & Bolts Club: terms\nOne stamp for every £10 spent in a single transaction. Collect 10 stamps "
            "for £5 off your next purchase. Cards have no cash value and cannot be exchanged for cash. One card "
            "per customer. Lost cards cannot be replaced. Hamid's Hardware may change or end the scheme at any "
            "time."),
          U("sorted, thanks", "acceptance")),
        S("Case citation",
          U("Put this in OSCOLA please: Donoghue v Stevenson, 1932, Appeal Cases page 562, House of Lords",
            "plain"),
          A("Donoghue v. Stevenson, [1932] A.C. 562 (H.L.)"),
          U("That's the American style with all the full stops. OSCOLA doesn't use them.", "explicit"),
          A("Donoghue v Stevenson [1932] AC 562 (HL)"),
          U("Yes. Thanks.", "acceptance")),
        S("Christmas cake ingredients",
          U("Could you list the ingredients for a traditional Christmas cake? Only the ingredients, I'll follow "
            "the method from my mother's old recipe card.", "plain"),
          A("Traditional Christmas Cake (20cm round tin)\n\nIngredients: 1kg mixed dried fruit, 100ml brandy, "
            "250g butter, 200g dark muscovado sugar, 4 eggs, 1 tbsp black treacle, 250g plain flour, 1 tsp mixed "
            "spice, 100g glacé cherries, zest of 1 orange.\n\nMethod:\n1. The night before, soak the fruit in the "
            "brandy.\n2. Heat the oven to 150°C (130°C fan) and double-line the tin.\n3. Cream the butter and "
            "sugar, then beat in the eggs one at a time with the treacle.\n4. Fold in the flour and spice, then "
            "the fruit, cherries and zest.\n5. Bake for about 4 hours, until a skewer comes out clean.\n6. Cool "
            "in the tin, then feed with brandy every fortnight until Christmas."),
          U("Just the ingredients, dear, as a list I can take to the shop. The method I have.", "repeat_narrow"),
          A("- 1kg mixed dried fruit\n- 100g glacé cherries\n- 100ml brandy (plus extra for feeding)\n- 250g "
            "butter\n- 200g dark muscovado sugar\n- 4 eggs\n- 1 tbsp black treacle\n- 250g plain flour\n- 1 tsp "
            "mixed spice\n- 1 orange (for the zest)"),
          U("Ah, I'd forgotten the black treacle, there isn't any in the cupboard. Thank you.", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-23.jsonl", [
        S("Night shift snacks",
          U("give me 3 meal prep ideas i can eat at 3am on shift. no microwave on our ward (it broke in june and "
            "estates are 'looking into it' 🙄)", "plain"),
          A("1. **Chicken curry and rice**: batch cook on Sunday, portion into tubs, reheat for 2 minutes.\n2. "
            "**Veggie chilli**: freezes well; take it in frozen and it'll be thawed by 3am, then heat through.\n"
            "3. **Homemade soup in a flask-safe tub**: warm it up when you're ready to eat."),
          U("all 3 of these need heating up. no microwave!!", "echo"),
          A("Sorry, here are three that are good cold:\n\n1. **Big pasta salad** with chicken, pesto, "
            "tomatoes and mozzarella\n2. **Loaded grain bowl**: rice, black beans, sweetcorn, avocado, cheese, "
            "salsa\n3. **Cold noodle salad** with peanut-free satay-style dressing and crunchy veg"),
          U("ok cold is good but a massive pasta salad at 3am sits in my stomach like a brick. lighter stuff",
            "partial"),
          A("Lighter ideas that don't need heating:\n\n1. **Greek yoghurt pot** with berries and a spoon of "
            "oats\n2. **Hummus, pitta and veg sticks** (carrot, pepper, cucumber)\n3. **Two boiled eggs with "
            "oatcakes** and an apple"),
          U("yes that's more like it. the eggs one is genius, i can boil a batch on sunday", "acceptance")),
        S("Affect or effect",
          U("What is the difference between \"affect\" and \"effect\"? I always mix them.", "plain"),
          A("Usually \"affect\" is a verb (to change something) and \"effect\" is a noun (the result of a "
            "change).\n\n- The weather affects my mood.\n- The weather has an effect on my mood.\n\nA trick: "
            "Affect = Action (verb), Effect = End result (noun)."),
          U("Can you give me one sentence with both?", "followup"),
          A("\"The rain affected the match, but it had no effect on the fans' mood.\""),
          U("Good, I will remember the A = action.", "acceptance")),
        S("Christmas stock order date",
          U("ordering christmas stock. supplier wants orders 10 weeks before delivery. if I want it in by 1 "
            "december when do I order?", "plain"),
          A("By Tuesday 22 September 2026."),
          U("ok and if its 12 weeks for the hampers?", "followup"),
          A("Tuesday 8 September 2026 for the hampers."),
          U("yikes that's basically now. thanks", "acceptance")),
        S("Five-minute vocal warm-up",
          U("what's a good vocal warm up before a gig? i do backing vocals in a covers band", "plain"),
          A("A full warm-up routine (about 20 minutes):\n\n1. Body: shoulder rolls, neck stretches, jaw massage "
            "(3 min)\n2. Breath: 4-in, 8-out breathing, then hissing on one breath (4 min)\n3. Lip trills up and "
            "down your range (3 min)\n4. Humming on \"ng\" slides (3 min)\n5. Five-note scales on \"mee-may-mah\" "
            "(4 min)\n6. Sing through the trickiest harmony line from the set (3 min)"),
          U("i get about five minutes in the pub toilets before we go on 😂 whats the five minute version",
            "repeat_narrow"),
          A("Five minutes, toilets-friendly:\n\n1. Shoulder rolls and a big yawn (30 sec)\n2. Lip trills, low to "
            "high and back, 5 times (1 min)\n3. Hum \"ng\" sirens up and down (1 min)\n4. \"mee-may-mah\" on a "
            "five-note scale, moving up a semitone each time (1.5 min)\n5. Hum the first line of your hardest "
            "harmony (1 min)"),
          U("the lip trills will get me some looks but fine 😂 thanks!", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-26.jsonl", [
        S("Party activities for an 11 year old",
          U("birthday party at home for my son's 11th, 8 kids, 2 hours. activity ideas?", "plain"),
          A("Fun party games:\n\n- Pass the parcel with a sweet in every layer\n- Musical statues\n- Pin the tail "
            "on the donkey\n- A treasure hunt with picture clues\n- Face painting\n- Bubble station in the "
            "garden"),
          U("he's turning 11 not 5 😂 pass the parcel would get me disowned", "explicit"),
          A("Fair! For 11-year-olds:\n\n- **Escape room in a box**: a printable kit, teams race to solve it "
            "(45 min)\n- **Make-your-own pizza**: bases, sauce, toppings, everyone builds their own (30 min)\n- "
            "**Nerf or water-fight battle** in the garden, weather permitting\n- **Video game tournament** with a "
            "bracket on the fridge\n- **Film and popcorn** to wind down at the end"),
          U("the escape room idea 👌 where do I get one", "followup"),
          A("Search for \"printable escape room for kids\" on Etsy; there are plenty for ages 9–12 for about "
            "£5–£10. You print them at home, and they come with the puzzles, a story and an answer sheet."),
          U("thank you!!", "acceptance")),
        S("Inches to millimetres",
          U("3/4 inch in mm", "plain"),
          A("19.05 mm."),
          U("ta. and 5/8? and 1 1/4? whole mm is fine, i'm going by a tape measure", "followup"),
          A("5/8 inch ≈ 16 mm\n1 1/4 inch ≈ 32 mm"),
          U("cheers", "acceptance")),
        S("Opening and closing a letter to a firm",
          U("Letter to the other side's solicitors, Baxter Reid LLP, no named individual. How do I open and "
            "close it?", "plain"),
          A("Open with \"Dear Sirs\" and close with \"Yours faithfully\"."),
          U("We stopped using Dear Sirs years ago. Our house style is to address the firm by name. So what would "
            "that look like?", "instead"),
          A("\"Dear Baxter Reid LLP\" to open, and \"Yours faithfully\" to close, since you aren't writing to a "
            "named person."),
          U("Right, that's what Janet said as well. Thanks.", "acceptance")),
        S("Reply to a one-star review",
          U("write a reply to a one star google review. the customer says we were rude when we refused to sell "
            "him cigarettes without ID. keep it professional", "plain"),
          A("Hi there, we're so sorry to hear about your experience. That's not the level of service we want "
            "any customer to receive, and we've passed your comments on to our team. We'll be reviewing our "
            "staff training to make sure everyone feels welcome. We hope you'll give us another chance! — "
            "Priya, Patel's Convenience Store"),
          U("I'm not apologising for following the law!! My staff did exactly the right thing and I'm not going "
            "to 'review their training' in public. Polite, yes, but it has to back them up.", "reject_approach"),
          A("Thank you for your feedback. By law we must ask for ID from anyone who looks under 25 before "
            "selling tobacco, and our staff will always do this politely but firmly. We're sorry you felt "
            "unhappy with the conversation, and you're very welcome back with ID any time. — Priya, Patel's "
            "Convenience Store"),
          U("Yes. That's the tone. Posted.", "acceptance")),
    ])

    add("C", "hermes_export_2026-08-29.jsonl", [
        S("Scaling a sponge recipe",
          U("My Victoria sponge is for two 8 inch tins: 200g butter, 200g caster sugar, 4 eggs, 200g self-raising "
            "flour. I want to make it in two 10 inch tins for the WI fete. How much of everything?", "plain"),
          A("10 ÷ 8 = 1.25, so multiply everything by 1.25:\n\n- 250g butter\n- 250g caster sugar\n- 5 eggs\n- "
            "250g self-raising flour"),
          U("Are you sure? I always thought it went by the area of the tin, not the width. A quarter more seems "
            "rather mean for a tin that size.", "explicit"),
          A("You're quite right, it goes by area. A 10 inch tin has (10 ÷ 8)² ≈ 1.56 times the area of an 8 "
            "inch one, so scale by about 1.5:\n\n- 300g butter\n- 300g caster sugar\n- 6 eggs\n- 300g "
            "self-raising flour\n\nThe sponges will be about the same depth as usual; give them 5–10 minutes "
            "longer and test with a skewer."),
          U("That's what I'd have guessed. Thank you, the WI will be pleased.", "acceptance")),
        S("7 or maj7",
          U("quick one. difference between a 7 and a maj7 chord", "plain"),
          A("Both add a 7th to a major triad. A **7** (dominant 7th, e.g. C7) adds the flattened 7th (C E G Bb) "
            "and sounds bluesy, wanting to resolve. A **maj7** (Cmaj7) adds the major 7th (C E G B) and sounds "
            "dreamy and settled."),
          U("got it, thanks!", "acceptance")),
        S("Key cutting sign",
          U("Write a sign: customers must ask staff to use the key cutting machine, do not use it yourself. "
            "Polite but firm.", "plain"),
          A("Dear Customers,\n\nFor your safety and to protect our equipment, we kindly ask that you do not "
            "operate the key cutting machine yourself. Our trained staff will be happy to cut your keys for you "
            "— simply ask at the counter and we'll have you sorted in a few minutes.\n\nThank you for your "
            "understanding and cooperation.\n\nHamid's Hardware"),
          U("good wording but it's going on a little laminated card about the size of a postcard, stuck to the "
            "machine. needs to be way shorter", "partial"),
          A("STAFF USE ONLY\nDO NOT TOUCH THIS MACHINE.\nASK AT THE COUNTER."),
          U("shorter yes but now it sounds like I'm going to shout at them. half my customers are pensioners, "
            "the polite bit needs to stay", "echo"),
          A("Please ask at the counter\nand we'll cut your key for you.\nStaff use only — thank you!"),
          U("That'll do nicely", "acceptance")),
        S("Tracker mortgage",
          U("explain in simple terms what a tracker mortgage is. our fixed rate ends in january", "plain"),
          A("A tracker mortgage's interest rate follows the Bank of England base rate plus a set amount. If "
            "it's \"base + 1%\" and the base rate is 4%, you pay 5%. When the base rate goes up or down, your "
            "monthly payment goes up or down with it, usually from the next month."),
          U("is it riskier than fixing again?", "followup"),
          A("It's less predictable. If rates fall you benefit straight away; if they rise, your payments rise "
            "too, with no cap. A fix costs you a bit of certainty premium but you know your payment for 2 or 5 "
            "years. If a rise of £100 or so a month would really hurt, fixing is the safer choice. A broker can "
            "compare both for free."),
          U("ok that makes sense, we'll probably fix then. thanks", "acceptance")),
    ])

    add("C", "hermes_export_2026-09-01.jsonl", [
        S("An idiom a day",
          U("Please explain the phrase \"on the fence\".", "plain"),
          A("\"To be on the fence\" means you can't decide between two choices: \"I'm still on the fence about "
            "which university to choose.\" Imagine sitting on a fence between two gardens, not in either one. "
            "Would you like a few more idioms about making decisions?"),
          U("No, thank you, one idiom per day is enough for my brain 😅", "decline_offer"),
          A("Very sensible! See you for tomorrow's idiom.")),
        S("Note to school",
          U("can you write a note to school. my son Oscar (class 4B) will be picked up at 1pm on Friday for the "
            "dentist, his grandad will collect him", "plain"),
          A("Dear Mrs Adeyemi,\n\nPlease excuse Oscar (4B) from school on Friday, as he has a dentist "
            "appointment. He will be absent for the whole day.\n\nKind regards,\nCarla Bianchi"),
          U("he's not off all day! just leaving at 1", "explicit"),
          A("Dear Mrs Adeyemi,\n\nOscar (4B) has a dentist appointment on Friday afternoon, so I will collect him "
            "from the school office at 1pm. He will be back in school as normal on Monday.\n\nKind regards,\n"
            "Carla Bianchi"),
          U("closer but it's his GRANDAD collecting, not me. they won't let him go with him otherwise",
            "partial")),
        S("Paid hours on a night",
          U("how many hours between 19:30 and 08:00", "plain"),
          A("12 and a half hours."),
          U("and if i get a 1hr unpaid break", "followup"),
          A("11.5 paid hours."),
          U("ta", "acceptance")),
        S("Mitre on skirting",
          U("how do I cut a 45 mitre on 70mm skirting without a mitre saw", "plain"),
          A("Use a circular saw with the base tilted to 45 degrees: clamp a speed square against the board as a "
            "fence, run the saw along it, and cut slightly long so you can trim. A jigsaw with a bevelling base "
            "works too, though the cut will be rougher."),
          U("no power tools for this one, it's in the living room and the kids are asleep upstairs. handsaw "
            "only", "reject_approach"),
          A("Then a mitre box and a tenon saw (or any fine-toothed handsaw):\n\n1. Mark the long point of the "
            "mitre on the top edge of the skirting.\n2. Put the skirting in the box standing up, back against the "
            "far wall of the box, as it sits on the wall.\n3. Cut in the 45° slots with light strokes, letting the "
            "saw do the work.\n4. Clean up with a block plane or sanding block and test the fit before fixing."),
          U("there's a mitre box somewhere in the shed actually, my dad's old one. perfect", "acceptance")),
    ])

    add("C", "hermes_export_2026-09-03.jsonl", [
        S("Flattening a cupped board",
          U("how do I flatten a wide cupped board, about 250 wide oak. no jointer or planer thicknesser", "plain"),
          A("The easiest way without a jointer is a router sled: build a flat frame with two rails either side of "
            "the board, mount your router on a sliding carriage, and pass it back and forth across the board with "
            "a wide surfacing bit. Shim the board so it doesn't rock, flatten one face, flip and repeat."),
          U("I haven't got a router either. Hand tools only in my shed, planes, saws, chisels.",
            "reject_approach"),
          A("Then it's the classic hand-plane route:\n\n1. Put the board cupped side down (hollow face down) so it "
            "doesn't rock, or wedge it.\n2. Use winding sticks across each end to see the twist.\n3. Take the high "
            "spots down across the grain with a scrub or jack plane set coarse.\n4. Work diagonally in both "
            "directions with the jack plane to level the scrub marks.\n5. Finish along the grain with your "
            "longest plane, checking with a straight edge and the winding sticks.\n6. Gauge the thickness all "
            "round and plane the other face down to the line."),
          U("winding sticks, that's the bit I was missing. I'll make a pair from offcuts tonight", "acceptance")),
        S("Decimal hours",
          U("convert these to decimal hours for my timesheet: 1h 20m, 45m, 2h 10m, 35m", "plain"),
          A("1.20, 0.45, 2.10, 0.35, so 4.10 hours in total."),
          U("Those aren't decimal hours, you've just swapped the h for a dot. 20 minutes isn't .20 of an hour.",
            "explicit"),
          A("1h 20m = 1.33\n45m = 0.75\n2h 10m = 2.17\n35m = 0.58\n\nTotal: 4.83 hours."),
          U("Thank you. We bill in 6 minute units, so each rounded up to the next 0.1?", "followup"),
          A("1.4, 0.8, 2.2, 0.6: 5.0 hours in total."),
          U("perfect", "acceptance")),
        S("Despite of",
          U("Is this sentence correct: \"Despite of the rain, we went to the beach.\"", "plain"),
          A("Yes, that sentence is correct!"),
          U("Are you sure? My friend say \"despite of\" is wrong and we argue about it.", "explicit"),
          A("Your friend is right, I should have caught it. It's either \"Despite the rain, we went to the "
            "beach\" or \"In spite of the rain, we went to the beach\". \"Despite\" never takes \"of\"."),
          U("Haha ok, I will tell her she win 😄", "acceptance")),
        S("Dates for a chronology",
          U("Format these dates for the chronology: 3/9/26, 14/9/26, 1/10/26", "plain"),
          A("September 3, 2026\nSeptember 14, 2026\nOctober 1, 2026"),
          U("We're a UK firm, day first please and no commas. 3 September 2026 style.", "instead"),
          A("3 September 2026\n14 September 2026\n1 October 2026"),
          U("thanks. add the day of the week in brackets after each", "followup"),
          A("3 September 2026 (Thursday)\n14 September 2026 (Monday)\n1 October 2026 (Thursday)"),
          U("great", "acceptance")),
    ])


# ===========================================================================
# D: ShareGPT trajectories, one conversation per line
# ===========================================================================

def format_d(add, S, U, A, T):
    add("D", "trajectories_2026-09-05.jsonl", [
        S("Milk sold in August",
          U("how many bottles of milk did I sell in august? it's in ~/Shop/sales_aug.csv, the item column",
            "plain"),
          T("grep -ic milk ~/Shop/sales_aug.csv", "412"),
          A("You sold 412 milk items in August."),
          U("that'll be counting the milk chocolate and the milkshakes too. just the milk itself, the 1 pint "
            "and 2 pint bottles", "repeat_narrow"),
          T("grep -iE 'milk (1|2) ?pint' ~/Shop/sales_aug.csv | cut -d, -f3 | sort | uniq -c",
            "    117 Milk 1 pint\n    201 Milk 2 pint"),
          A("318 bottles of milk: 201 two-pint and 117 one-pint."),
          U("that sounds about right. thanks love", "acceptance")),
        S("Set list order",
          U("order these for a 45 min set so the energy builds: Valerie (3:40), Dreams (4:15), Mr Brightside "
            "(3:45), Sweet Caroline (3:20), Superstition (4:30), Use Somebody (3:50), Rolling in the Deep "
            "(3:50), Don't Stop Me Now (3:30), Hey Ya (3:55), Shut Up and Dance (3:20), Come On Eileen (4:30)",
            "plain"),
          A("1. Dreams\n2. Use Somebody\n3. Rolling in the Deep\n4. Superstition\n5. Hey Ya\n6. Valerie\n7. Shut "
            "Up and Dance\n8. Come On Eileen\n9. Sweet Caroline\n10. Don't Stop Me Now\n11. Mr Brightside\n\nThat's "
            "about 43 minutes, leaving a little room for chat between songs."),
          U("nice! can we finish on Valerie instead though, the crowd always loses it for that one", "instead"),
          A("1. Use Somebody\n2. Rolling in the Deep\n3. Superstition\n4. Hey Ya\n5. Shut Up and Dance\n6. Come On "
            "Eileen\n7. Sweet Caroline\n8. Don't Stop Me Now\n9. Mr Brightside\n10. Valerie"),
          U("valerie at the end is perfect but where's Dreams gone? it needs to be in there, it's the drummer's "
            "favourite", "partial"),
          A("1. Dreams\n2. Use Somebody\n3. Rolling in the Deep\n4. Superstition\n5. Hey Ya\n6. Shut Up and Dance\n"
            "7. Come On Eileen\n8. Sweet Caroline\n9. Don't Stop Me Now\n10. Mr Brightside\n11. Valerie\n\nAll 11 "
            "songs, about 43 minutes."),
          U("yes!! printing it for the mic stand", "acceptance")),
        S("Sunset in Whitby",
          U("What time does the sun set in Whitby on the 21st of December?", "plain"),
          A("Around 3:30pm. It's the shortest day, and Whitby is far enough north that it gets dark early."),
          U("Thank you. We'll do the abbey walk in the morning then.", "acceptance")),
        S("Leftover roast chicken",
          U("what can i make with leftover roast chicken tonight", "plain"),
          A("How much chicken is left, and what else have you got in the fridge or cupboard?"),
          U("about 2 handfuls. some peppers, wraps, cheddar, a tin of sweetcorn", "clarify_answer"),
          A("Chicken quesadillas: shred the chicken, fry a sliced pepper, then fill the wraps with chicken, "
            "pepper, sweetcorn and grated cheddar. Fold in half and dry-fry 2–3 minutes a side until golden. Cut "
            "into triangles. Feeds 4–5 with a salad."),
          U("ooh yes the kids will eat that. what do i do with the carcass?", "new_task"),
          A("Make stock: put it in a big pan with an onion, a carrot and a bay leaf, cover with water and simmer "
            "for 2–3 hours, then strain and freeze in tubs. Want a quick soup recipe to use it in?"),
          U("No, too knackered for stock tonight 😂 it's going in the bin", "decline_offer"),
          A("Fair enough, quesadillas are plenty of effort for one evening!")),
    ])

    add("D", "trajectories_2026-09-08.jsonl", [
        S("Witness statement word count",
          U("word count for ~/Cases/Hale/witness_statement_draft.docx please, not counting the statement of "
            "truth at the end", "plain"),
          T("pandoc ~/Cases/Hale/witness_statement_draft.docx -t plain | wc -w", "    2317"),
          A("The witness statement is 2,317 words."),
          U("is that with the statement of truth?", "echo"),
          T("pandoc ~/Cases/Hale/witness_statement_draft.docx -t plain | sed '/^STATEMENT OF TRUTH/,$d' | wc -w",
            "    2251"),
          A("Yes, sorry, that included it. Without the statement of truth it's 2,251 words (the statement of "
            "truth was 66)."),
          U("Great, under the 2,500 limit.", "acceptance")),
        S("Translating a sentence",
          U("translate to english please: \"Tôi rất mong được gặp thầy vào tuần sau.\"", "plain"),
          A("\"I'm really looking forward to seeing you next week.\" (Said to a male teacher.)"),
          U("Thank you. \"thầy\" is male teacher. In English should I write \"sir\"?", "followup"),
          A("Not usually. In a British university email you'd just use his name, \"Dear Dr Smith\", and "
            "\"I look forward to seeing you next week\". \"Sir\" sounds a bit old-fashioned or like secondary "
            "school."),
          U("ok I understand, thank you", "acceptance")),
        S("Glue-up clamp time",
          U("how long should I leave Titebond III clamped", "plain"),
          A("30–60 minutes in the clamps for a normal joint, longer if it's under stress or cold in the shed. "
            "Leave it 24 hours before you machine it or put weight on it."),
          U("lovely ta", "acceptance")),
        S("Chore chart",
          U("can you make a chore chart for the kids? 3 kids, 4, 7 and 11", "plain"),
          A("Weekly chores (everyone):\n\n- Make bed\n- Hoover the stairs\n- Empty the dishwasher\n- Take the "
            "bins out\n- Tidy bedroom\n- Feed the cat\n\nTick each one off on the fridge chart!"),
          U("the 4 year old can't hoover the stairs 😂 or carry the bins. split it by age, easy stuff for the "
            "little one", "instead"),
          A("**Age 4**\n- Put toys back in the box\n- Put dirty clothes in the basket\n- Feed the cat (with help)"
            "\n\n**Age 7**\n- Make bed\n- Set the table\n- Pair the socks from the washing\n\n**Age 11**\n- Empty "
            "the dishwasher\n- Hoover the stairs\n- Take the bins out on Thursday"),
          U("love it, the 11 year old will moan but tough", "acceptance"),
          A("Ha, character building!"),
          U("can you add pocket money? 50p a chore for the older two, stickers for the little one", "followup"),
          A("Add a column to the chart:\n\n- Age 4: a sticker per chore, 10 stickers = a treat of their choice\n"
            "- Age 7: 50p per chore, paid on Sunday\n- Age 11: 50p per chore, paid on Sunday\n\nIf they all do "
            "every chore daily, that's up to £10.50 a week each for the older two, so you might cap it at one "
            "payment per chore per week."),
          U("good point on the cap, I'd be skint 😅 thanks", "acceptance")),
    ])

    add("D", "trajectories_2026-09-10.jsonl", [
        S("Veggie pasta bake",
          U("can you give me a pasta bake recipe, feeds 5, vegetarian. my eldest went veggie last month and I'm "
            "still getting the hang of it", "plain"),
          A("Cheesy Veggie Pasta Bake (serves 5)\n\n- 500g penne\n- 1 courgette, 1 red pepper, 1 onion\n- 2 tins "
            "chopped tomatoes\n- 2 tsp dried oregano\n- 150g mozzarella\n- 60g parmesan, grated\n\nCook the pasta. "
            "Fry the veg, add the tomatoes and oregano, simmer 10 min. Mix with the pasta, top with mozzarella and "
            "parmesan, bake at 200°C for 20 min."),
          U("isn't parmesan made with rennet? she reads every label now 🙈", "explicit"),
          A("Good catch. Parmesan is made with animal rennet, so it isn't vegetarian. Use a vegetarian Italian-"
            "style hard cheese instead (most supermarkets sell one).\n\nCheesy Veggie Pasta Bake (serves 4)\n\n"
            "- 400g penne\n- 1 courgette, 1 red pepper, 1 onion\n- 1 tin chopped tomatoes\n- 2 tsp dried oregano"
            "\n- 125g mozzarella\n- 50g vegetarian hard cheese, grated\n\nCook the pasta. Fry the veg, add the "
            "tomatoes and oregano, simmer 10 min. Mix with the pasta, top with both cheeses, bake at 200°C for 20 "
            "min."),
          U("cheese sorted but now it says serves 4, there's five of us", "partial"),
          A("Sorry, back to five portions:\n\nCheesy Veggie Pasta Bake (serves 5)\n\n- 500g penne\n- 1 courgette, "
            "1 red pepper, 1 onion\n- 2 tins chopped tomatoes\n- 2 tsp dried oregano\n- 150g mozzarella\n- 60g "
            "vegetarian hard cheese, grated\n\nCook the pasta. Fry the veg, add the tomatoes and oregano, simmer 10 "
            "min. Mix with the pasta, top with both cheeses, bake at 200°C for 20 min. Check the mozzarella label "
            "too; most are vegetarian but not all."),
          U("thank you!! making it tonight", "acceptance")),
        S("Zero-hours contracts",
          U("explain what a zero hours contract means, my cousin's been offered one", "plain"),
          A("The employer doesn't have to offer her any set number of hours, and she doesn't have to accept the "
            "hours offered. She's paid only for the hours she works, but still gets the minimum wage, holiday pay "
            "and rest breaks."),
          U("so they could just not give her any shifts?", "followup"),
          A("Yes. In a quiet week they could offer nothing. That's the main risk, so it's worth asking how many "
            "hours people in the same role usually get each week."),
          U("right, I'll tell her to ask about average hours. thanks", "acceptance")),
        S("Backing up shop photos",
          U("back up my shop photos folder to the usb stick please", "plain"),
          T("ls /Volumes", "Macintosh HD\nSHOP_USB"),
          T("rsync -a ~/Pictures/Shop/ /Volumes/SHOP_USB/Shop_photos/ && du -sh /Volumes/SHOP_USB/Shop_photos",
            "3.4G\t/Volumes/SHOP_USB/Shop_photos"),
          A("Done. Your shop photos (3.4 GB) are copied to SHOP_USB in a folder called Shop_photos. Next time I "
            "only copy new or changed photos. Want me to set it to run automatically every night?"),
          U("No ta, I only bring the stick in on Sundays.", "decline_offer"),
          A("Ok, just ask me on Sundays and I'll run it.")),
        S("Shaky bow",
          U("how do I stop my bow shaking on long quiet notes? it happens every time I'm nervous, like in my "
            "grade 6 exam", "plain"),
          A("Many professional musicians use beta blockers such as propranolol for performance nerves; they "
            "reduce the physical symptoms like shaking without affecting your thinking. You'd need to talk to "
            "your GP about a prescription."),
          U("I'm not taking pills for a grade 6 exam 😅 practice stuff please", "reject_approach"),
          A("Things to practise:\n\n1. **Contact point**: keep the bow at the same distance from the bridge; "
            "shaking gets worse when it drifts towards the fingerboard.\n2. **Weight, not grip**: let the arm's "
            "weight sink into the string; squeezing the bow makes it tremble.\n3. **Slow bows daily**: 20 "
            "seconds per bow on open strings, pianissimo, for 5 minutes.\n4. **Breathe out** as the bow starts "
            "moving.\n5. **Mock exams**: play your pieces for family or a phone camera so nerves become "
            "familiar."),
          U("the contact point thing makes sense, my teacher keeps saying I drift towards the fingerboard",
            "acceptance")),
    ])

    add("D", "trajectories_2026-09-12.jsonl", [
        S("Festival bio",
          U("write a 2 line bio for a jazz festival programme. I play double bass, based in Leeds, 12 years on "
            "the scene, I play with the Kirkstall Quartet", "plain"),
          A("Ines Moreira is a Leeds-based double bassist whose warm, melodic playing has been a fixture of the "
            "northern jazz scene for more than a decade.\n\nFirst drawn to the instrument as a teenager, she "
            "has performed in clubs, festivals and theatres across the UK, sharing the stage with a wide range of "
            "artists and developing a reputation as one of the region's most dependable and inventive rhythm "
            "players.\n\nShe is a long-standing member of the Kirkstall Quartet, whose blend of hard bop and "
            "contemporary writing has won them a loyal following, and she also teaches privately."),
          U("2 lines 🙃", "echo"),
          A("Leeds double bassist Ines Moreira has been part of the city's jazz scene for 12 years.\nShe plays "
            "with the Kirkstall Quartet."),
          U("perfect, sent it to the organiser", "acceptance")),
        S("Audiobooks for the car",
          U("Could you recommend some audiobooks for a long car journey to Cornwall? My husband and I like "
            "detective stories but nothing too gruesome.", "plain"),
          A("Some gentle detective listens:\n\n- Agatha Christie, Murder on the Orient Express (read by Kenneth "
            "Branagh)\n- Agatha Christie, The Murder of Roger Ackroyd\n- Dorothy L. Sayers, Strong Poison\n- "
            "Alexander McCall Smith, The No. 1 Ladies' Detective Agency\n- G.K. Chesterton, The Father Brown "
            "stories"),
          U("Oh, we've done every Agatha Christie going, I should have said. Harold has them all on CD.",
            "plain"),
          A("Then, without Christie:\n\n- Richard Osman, The Thursday Murder Club\n- Dorothy L. Sayers, Strong "
            "Poison\n- Alexander McCall Smith, The No. 1 Ladies' Detective Agency\n- Elly Griffiths, The Crossing "
            "Places\n- Ann Cleeves, The Long Call (set in Devon, handy for the drive)"),
          U("We haven't tried the Thursday Murder Club, that will do nicely for the M5.", "acceptance")),
        S("Files changed this week",
          U("list the files in ~/Cases/Hale that changed this week", "plain"),
          T("find ~/Cases/Hale -type f -mtime -7 -exec basename {} \\;",
            "witness_statement_draft.docx\nchronology_v3.xlsx\nletter_to_BaxterReid_0907.docx\ndisclosure_list.pdf"),
          A("Changed in the last 7 days:\n\n- witness_statement_draft.docx\n- chronology_v3.xlsx\n- "
            "letter_to_BaxterReid_0907.docx\n- disclosure_list.pdf"),
          U("thanks. zip those into one file for counsel", "new_task"),
          T("cd ~/Cases/Hale && zip for_counsel_2026-09-12.zip witness_statement_draft.docx chronology_v3.xlsx "
            "letter_to_BaxterReid_0907.docx disclosure_list.pdf",
            "  adding: witness_statement_draft.docx (deflated 12%)\n  adding: chronology_v3.xlsx (deflated 9%)\n"
            "  adding: letter_to_BaxterReid_0907.docx (deflated 11%)\n  adding: disclosure_list.pdf (deflated 3%)"),
          A("Done: ~/Cases/Hale/for_counsel_2026-09-12.zip with all four files."),
          U("👍", "acceptance")),
    ])

    add("D", "trajectories_2026-09-15.jsonl", [
        S("Essay plan",
          U("Can you help me to plan my essay \"Should university be free?\" I want to write it myself but I need "
            "the structure.", "plain"),
          A("Should University Be Free?\n\nEducation is one of the most powerful tools a society has. In recent "
            "years, the question of whether university should be free has become a topic of heated debate. This "
            "essay will argue that, while free tuition has clear benefits, it is not the best solution.\n\nOn the "
            "one hand, free university would allow students from poorer families to study without fear of debt. "
            "In countries such as Germany, tuition is free, and participation is high.\n\nOn the other hand, "
            "someone must pay, and free tuition is funded by taxes, including from people who never attend "
            "university...\n\nIn conclusion, ..."),
          U("No please, don't write the essay for me, that is cheating and I want to learn. Only the structure, "
            "like which paragraph talks about what.", "reject_approach"),
          A("Sorry! Here's a structure only:\n\n1. **Introduction**: introduce the question, say why it matters, "
            "give your position in one sentence.\n2. **Body 1, for free university**: your strongest argument "
            "(e.g. equal chances), plus an example.\n3. **Body 2, another argument for**: (e.g. benefit to the "
            "economy), plus an example.\n4. **Body 3, against**: the main counter-argument (e.g. cost to "
            "taxpayers) and your reply to it.\n5. **Conclusion**: summarise, restate your position in new words, "
            "end with a final thought.\n\nAim for roughly 100 words for the introduction and conclusion and 150–"
            "200 per body paragraph."),
          U("This is exactly what I need. I will write it tonight.", "acceptance"),
          A("Great, good luck with it!"),
          U("Can I send it to you tomorrow to check grammar?", "followup"),
          A("Of course, send it over and I'll point out the grammar mistakes without rewriting your ideas.")),
        S("Felt tip on the sofa",
          U("how do i get felt tip out of a fabric sofa cushion. the 4 year old has been 'decorating'", "plain"),
          A("Most kids' felt tips are washable. Dab (don't rub) with a cloth and warm water with a drop of "
            "washing-up liquid, working from the outside of the mark inwards. If it's permanent marker, dab with "
            "a little rubbing alcohol or hand sanitiser on a cotton pad, test on a hidden bit first. Blot dry with "
            "a clean towel."),
          U("🙏 it worked!! mostly", "acceptance")),
        S("Sandpaper grits",
          U("what grit sequence should I use sanding an oak table top before oiling", "plain"),
          A("80 → 120 → 180 → 240 → 320 → 400, then 600 and 800 wet for a glass-smooth finish. Wipe down with a "
            "damp cloth between grits to raise the grain."),
          U("it's a kitchen table, not a guitar. i'm not going through eight grits. minimum i can get away with "
            "for oil?", "repeat_narrow"),
          A("120 then 180 is plenty for oil. Start at 80 only if there are planer marks or scratches to remove. "
            "Going finer than 180 can stop the oil soaking in properly."),
          U("180 it is then", "acceptance")),
    ])

    add("D", "trajectories_2026-09-17.jsonl", [
        S("Timber lengths for pergola posts",
          U("need five posts 2.4m long each in 44x44. the yard sells it in 3.6m lengths. how many lengths do I "
            "buy", "plain"),
          A("5 posts × 2.4m = 12m. 12 ÷ 3.6 = 3.33, so buy 4 lengths."),
          U("that doesn't work, you only get one 2.4 out of each 3.6, the offcut's 1.2. so it's five isn't it",
            "explicit"),
          A("Yes, five lengths. Each 3.6m length gives one 2.4m post and a 1.2m offcut; you can't join offcuts "
            "to make a post. The five 1.2m offcuts could make the braces or cross pieces."),
          U("cheers, offcuts for the braces is a good shout", "acceptance")),
        S("Chaser email",
          U("Draft a chaser email to Baxter Reid. They've not replied to our letter of 4 August. Polite but firm, "
            "3-4 lines.", "plain"),
          A("Dear Baxter Reid LLP,\n\nWe refer to our letter of 4 August 2026, to which we have had no response. "
            "Unless we receive a full reply within 7 days of the date of this email, we are instructed to issue "
            "proceedings without further notice, and we will seek the costs of doing so from your client.\n\n"
            "Yours faithfully"),
          U("Thanks. Bit of a day here, Janet's off so I'm covering her files as well as mine, and the printer's "
            "jammed again. On this one, that's far too heavy for a first chaser, we haven't threatened "
            "proceedings yet and the partner would go spare if that went out. Can you tone it right down?",
            "explicit"),
          A("Dear Baxter Reid LLP,\n\nWe write further to our letter of 4 August 2026, to which we do not appear "
            "to have received a reply.\n\nWe appreciate that August is a busy time of year, and that your client "
            "may need some time to consider the points raised. We would nevertheless be grateful if you could let "
            "us have your response at your earliest convenience.\n\nIf it would assist, we would be happy to "
            "discuss matters by telephone. Equally, if you are no longer instructed in this matter, please let us "
            "know so that we can write to your client directly.\n\nWe look forward to hearing from you.\n\nYours "
            "faithfully"),
          U("Tone's right now. It has to be 3 or 4 lines though, the partner hates long emails.", "partial"),
          A("Dear Baxter Reid LLP,\n\nWe write further to our letter of 4 August 2026, to which we have not had a "
            "reply. Please let us have your response within 14 days.\n\nYours faithfully"),
          U("Sent. Thanks.", "acceptance")),
        S("Complaint about bins",
          U("can you help me write a short complaint to the council about the bins", "plain"),
          A("Of course. Which council is it, which bin has been missed and for how long, and do you want it as "
            "an email or a letter?"),
          U("leeds. green bin missed 3 weeks in a row now. email", "clarify_answer"),
          A("Subject: Green bin missed three weeks running\n\nDear Leeds City Council,\n\nOur green garden waste "
            "bin at [your address] has not been collected for the last three scheduled collections. It was put "
            "out on time each week.\n\nPlease arrange a collection as soon as possible and confirm that we are "
            "still on the round.\n\nThank you,\nDele Okonkwo"),
          U("brill, thanks", "acceptance")),
    ])


# ===========================================================================
# E: plain chat log JSONL, one session per file
# ===========================================================================

def format_e(add, S, U, A, T, DEC, ERR):
    add("E", "session_2026-09-04.jsonl", [S(
        "New shelf prices",
        U("Put 10% on all the prices in ~/Shop/prices.csv, round to the nearest 5p, save as prices_new.csv",
          "plain"),
        T("head -3 ~/Shop/prices.csv", "item,price\nMilk 2 pint,1.45\nHovis white,1.85"),
        T("python3 -c \"import csv;r=list(csv.DictReader(open('/Users/priya/Shop/prices.csv')));w=csv.writer("
          "open('/Users/priya/Shop/prices_new.csv','w'));w.writerow(['item','price']);[w.writerow([x['item'],"
          "'%.2f'%round(float(x['price'])*1.1,2)]) for x in r];print(len(r))\"", "214"),
        A("Done: prices_new.csv has all 214 items with 10% added, for example Milk 2 pint is now £1.60 and "
          "Hovis white £2.04."),
        U("Everything ends in random pennies now, £2.04, £1.37... it's meant to be nearest 5p so the labels "
          "look tidy", "echo"),
        DEC("Round each new price to the nearest 0.05", "Owner wants tidy shelf labels in 5p steps."),
        T("python3 -c \"import csv;r=list(csv.DictReader(open('/Users/priya/Shop/prices.csv')));w=csv.writer("
          "open('/Users/priya/Shop/prices_new.csv','w'));w.writerow(['item','price']);[w.writerow([x['item'],"
          "'%.2f'%(round(float(x['price'])*1.1/0.05)*0.05)]) for x in r];print(len(r))\" && head -3 "
          "~/Shop/prices_new.csv", "214\nitem,price\nMilk 2 pint,1.60\nHovis white,2.05"),
        A("Fixed: all 214 prices are now rounded to the nearest 5p, e.g. Milk 2 pint £1.60, Hovis white £2.05. "
          "Saved over prices_new.csv."),
        U("That's it. Printing labels now.", "acceptance"),
    )])

    add("E", "session_2026-09-06.jsonl", [S(
        "Full disk",
        U("my laptop keeps saying the disk is almost full. what's eating it", "plain"),
        A("Let's find out. Could you open Terminal and paste me what this prints?\n\ndu -sh ~/* 2>/dev/null | "
          "sort -h | tail -5"),
        U("  4.1G\t/Users/dele/Documents\n  6.3G\t/Users/dele/Pictures\n 11G\t/Users/dele/Downloads\n 27G\t"
          "/Users/dele/Library\n 98G\t/Users/dele/Movies", "clarify_answer"),
        A("Your Movies folder is the culprit: 98 GB. Have a look in there for big video files you don't need "
          "(downloaded films, old phone videos); deleting or moving them to an external drive will free most of "
          "the space. Downloads (11 GB) is worth a tidy too."),
        U("oh thats the kids downloading films on it 🙄 thanks, deleting", "acceptance"),
    )], role="assistant")

    add("E", "session_2026-09-07.jsonl", [S(
        "Example sentences with used to",
        U("Please write 3 example sentences with \"used to\".", "plain"),
        A("1. I'm used to getting up early for work.\n2. She is used to the cold weather in Scotland.\n3. They "
          "got used to living in a big city."),
        U("I think these are \"be used to\"? I need \"used to\" for the past habit, like \"I used to play "
          "football\".", "explicit"),
        A("You're right, those were \"be/get used to\". For past habits:\n\n1. When I was a child, I used to "
          "reminisce about clandestine adventures with my grandfather.\n2. The village used to be an "
          "unprepossessing hamlet before the railway arrived.\n3. She used to frequent the conservatory every "
          "evening."),
        U("Yes the grammar is right now, but the words are too difficult, \"reminisce\", \"clandestine\", "
          "\"unprepossessing\"... I don't know them. My level is B1.", "partial"),
        A("Simpler ones:\n\n1. I used to play football every Saturday.\n2. My grandmother used to live near "
          "the sea.\n3. We used to walk to school together."),
        U("Now I understand all of them. Thank you!", "acceptance"),
    )], role="assistant")

    add("E", "session_2026-09-09.jsonl", [S(
        "Renaming rehearsal recordings",
        U("rename my rehearsal recordings in ~/Music/rehearsal from 'Audio 01.m4a' etc to '2026-09-14 take "
          "01.m4a' etc", "plain"),
        T("ls ~/Music/rehearsal", "Audio 01.m4a\nAudio 02.m4a\nAudio 03.m4a\nAudio 04.m4a"),
        DEC("Rename the four files in place", "Names follow one pattern; no other files in the folder."),
        T("cd ~/Music/rehearsal && for f in Audio*.m4a; do n=${f#Audio }; mv \"$f\" \"14-09-2026 take $n\"; "
          "done && ls", "14-09-2026 take 01.m4a\n14-09-2026 take 02.m4a\n14-09-2026 take 03.m4a\n14-09-2026 "
          "take 04.m4a"),
        A("Renamed all four: they're now \"14-09-2026 take 01.m4a\" to \"14-09-2026 take 04.m4a\"."),
        U("can you flip the date round so it's 2026-09-14 like I wrote? they sort properly then", "echo"),
        T("cd ~/Music/rehearsal && for f in 14-09-2026*.m4a; do mv \"$f\" \"2026-09-14${f#14-09-2026}\"; done "
          "&& ls", "2026-09-14 take 01.m4a\n2026-09-14 take 02.m4a\n2026-09-14 take 03.m4a\n2026-09-14 take "
          "04.m4a"),
        A("Done: \"2026-09-14 take 01.m4a\" to \"2026-09-14 take 04.m4a\"."),
        U("perfect, thank you!!", "acceptance"),
    )])

    add("E", "session_2026-09-10.jsonl", [S(
        "Bear with me",
        U("What does \"bear with me\" mean? I saw it in an email.", "plain"),
        A("\"Bear with me\" comes from the old verb \"to bear\", meaning to carry or to endure, which is "
          "also where we get \"unbearable\". It is not about the animal, although people often confuse "
          "\"bear with me\" and \"bare with me\"; only \"bear\" is correct. The verb \"bear\" has many "
          "other meanings too: to give birth (\"she bore three children\"), to carry a weight (\"the bridge "
          "bears heavy lorries\"), and to turn (\"bear left at the junction\")."),
        U("I only need the meaning in this email. My landlord wrote \"Please bear with me, the heater part is "
          "on order.\"", "repeat_narrow"),
        A("Here it means \"please be patient with me\". He is saying the heater will be fixed, but not "
          "straight away, because he is waiting for a part."),
        U("Ah ok, so he fixes it but slowly 😂", "followup"),
        A("Exactly! If it takes more than a week or two, it's fine to send a polite email asking for a date."),
        U("thanks!", "acceptance"),
    )])

    add("E", "session_2026-09-11.jsonl", [S(
        "Affidavits",
        U("difference between a witness statement and an affidavit, short version", "plain"),
        A("A witness statement is signed with a statement of truth. An affidavit is sworn or affirmed on oath in "
          "front of someone authorised to take oaths, so it's more formal and is needed for certain "
          "applications."),
        U("ta. and who can take the oath?", "followup"),
        A("A solicitor with a practising certificate (not one from your own firm acting in the case), a "
          "commissioner for oaths, or a court officer. Want me to find a commissioner for oaths near your "
          "office?"),
        U("No need, there's one down the corridor at the firm next door 🙂", "decline_offer"),
        A("Handy!"),
        U("can you draft the jurat for an affidavit sworn in Manchester on 14 September?", "new_task"),
        A("Sworn at Manchester\nthis 14th day of September 2026\n\nBefore me,\n\n............................\n"
          "A Solicitor / Commissioner for Oaths"),
        U("perfect", "acceptance"),
    )])

    add("E", "session_2026-09-13.jsonl", [S(
        "Birthday card messages",
        U("can you write a short message for my mum's birthday card, she's 70, loves her garden", "plain"),
        A("Happy 70th, Mum! Seventy years of making everything around you grow, us included. Hope your day is "
          "full of sunshine and roses. All our love xxx"),
        U("aww that's lovely 🥹", "acceptance"),
        A("I'm sure she'll love it."),
        U("now one for my mother in law, she's 68. we're not super close so nothing gushy", "new_task"),
        A("To the most wonderful mother-in-law in the world! Words can't describe how much you mean to us. "
          "Every moment with you is a treasure, and we are so blessed to have you in our lives. Happy birthday, "
          "with all our love forever and ever xxxxx"),
        U("that's way more gushy than the one for my own mum 😂 tone it down a LOT", "echo"),
    )])

    add("E", "session_2026-09-14.jsonl", [S(
        "Who or whom",
        U("What is the difference between 'who' and 'whom'? My grandson asked me and I'd like to explain it "
          "simply. He's nine.", "plain"),
        A("\"Who\" is a subject pronoun and \"whom\" is an object pronoun. \"Who\" is used in the nominative "
          "case, as the subject of a finite verb, while \"whom\" takes the objective case, serving as the object "
          "of a verb or of a preposition. In relative clauses, the choice depends on the pronoun's function "
          "within the subordinate clause rather than in the main clause."),
        U("He is NINE, dear. He won't know what the nominative case is, and frankly after forty years of "
          "teaching neither do most adults. Something I can say at the kitchen table.", "echo"),
        A("Try the he/him trick: if you could answer with \"he\", use who; if you'd answer with \"him\", use "
          "whom. \"Who ate the biscuits?\" – \"He did\" – so who. \"Whom did you invite?\" – \"I invited him\" – "
          "him and whom both end in m, so whom."),
        U("Oh that's clever, the m on the end. He'll like that.", "acceptance"),
        A("I hope it sticks!"),
        U("Now tell me, do you ever get bored of answering questions all day?", "plain"),
        A("Not at all. Questions like your grandson's are the best part. I hope he catches you out with a "
          "harder one next time!"),
        U("Ha! He will. Goodnight Timmy.", "plain"),
    )])

    add("E", "session_2026-09-16.jsonl", [S(
        "Printing the stock list",
        U("print ~/Shop/stock.pdf please", "plain"),
        A("On it."),
        T("lp ~/Shop/stock.pdf", "lp: Error - The printer or class does not exist.", 1),
        ERR("lp exited with status 1", "no default printer is set"),
        A("It didn't print: there's no default printer set on this Mac. Is the printer switched on, and do you "
          "know its name?"),
        U("its the brother one in the back office. its on", "clarify_answer"),
        T("lpstat -p", "printer Brother_HL_L2350DW_series is idle.  enabled since Wed 16 Sep 07:41:02 2026"),
        T("lp -d Brother_HL_L2350DW_series ~/Shop/stock.pdf", "request id is Brother_HL_L2350DW_series-31 (1 "
          "file(s))"),
        A("Sent to the Brother HL-L2350DW. Want me to make it the default printer so this doesn't happen "
          "again?"),
        U("yes go on", "clarify_answer"),
        T("lpoptions -d Brother_HL_L2350DW_series", "device-uri=usb://Brother/HL-L2350DW printer-is-shared=false"),
        A("Done, the Brother is now the default printer."),
        U("it's printed, ta", "acceptance"),
    )])

    add("E", "session_2026-09-18.jsonl", [S(
        "Cello lesson fees",
        U("what should I charge for a private cello lesson? 45 mins, grade 8 and a music degree, teaching from "
          "home", "plain"),
        A("For a teacher with your qualifications, $60–$80 per lesson is typical, and up to $100 in big cities "
          "like New York or LA."),
        U("in pounds please, I'm in Leeds not LA 😂", "instead"),
        A("In the UK, a qualified cello teacher typically charges £30–£40 per hour, a little more in London."),
        U("that's per hour though? the lesson's 45 mins", "echo"),
        A("For 45 minutes, about £25–£30 in Leeds."),
        U("ok I was thinking £28 so that's reassuring", "acceptance"),
        A("£28 sounds about right for Leeds."),
        U("should I charge for cancellations?", "followup"),
        A("Most teachers do. A common rule: lessons cancelled with less than 24 hours' notice are charged in "
          "full. Put it in writing in your terms before the first lesson."),
        U("done, adding it to my terms", "acceptance"),
    )])

    add("E", "session_2026-09-19.jsonl", [S(
        "Can't sleep after nights",
        U("help me fall asleep after a night shift, lying here wired at 9am", "plain"),
        A("Put your phone away and avoid screens, since the blue light keeps you alert. Try a meditation app "
          "like Headspace or Calm, which have sleep stories designed for this, or read a few pages of a paper "
          "book until you feel drowsy."),
        U("im not downloading another app. and dont tell me to put the phone down, im talking to you on it 😂 "
          "give me something i can do right now with my eyes shut", "reject_approach"),
        A("Eyes shut, phone face down after this:\n\n1. Breathe in through your nose for 4, hold for 7, out "
          "through your mouth for 8. Do it four times.\n2. Then work up your body: scrunch your toes for 5 "
          "seconds, let go; calves, let go; thighs, let go... all the way to your face.\n3. If your brain keeps "
          "going, pick a category (fruit, footballers) and name one for each letter of the alphabet, slowly."),
        U("ok trying it. night (morning) x", "acceptance"),
    )], role="assistant")
