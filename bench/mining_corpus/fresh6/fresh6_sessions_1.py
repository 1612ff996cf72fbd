"""Hand-written sessions for fresh6 (author G): formats A, B and C.

Each session is a dict; ``turns`` is a list of items built with the helpers below:
u(text, kind) user turn with its label kind, a(text) assistant reply,
t(tool, args, result) tool call plus result, w(minutes) a pause (timestamps only).
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


def sh(output, code=0):
    return {"output": output, "exit_code": code}


CHOIR_DATES = ["2026-06-02", "2026-06-09", "2026-06-23", "2026-06-30", "2026-07-07", "2026-07-14"]

SESSIONS = []

# =========================================================================== format A

SESSIONS.append(dict(fmt="A", file="session_20260601_101544_c2a7f1.json", id="20260601_101544_c2a7f1",
                     start="2026-06-01T10:15:44", platform="cli", turns=[
    u("Hello Timmy. I hope I am doing this right. My dog Biscuit, he is an 11 year old spaniel, has been eating grass "
      "in the garden and then being sick on the kitchen floor. Is that something I should worry about? My daughter set "
      "this computer up for me so please bear with me.", PLAIN),
    a("Grass-eating followed by vomiting is very common in dogs, and there are a number of possible explanations worth "
      "understanding.\n\n**Common, usually harmless causes**\n- Mild stomach upset or indigestion: many dogs eat grass "
      "to make themselves sick when their stomach feels unsettled.\n- Boredom or habit, especially in breeds that like "
      "to forage, such as spaniels.\n- Dietary fibre: some dogs simply like grass.\n\n**Causes that need a vet**\n"
      "- Gastritis or gastroenteritis, which may need medication.\n- Pancreatitis, which is more common in older dogs "
      "and often follows fatty food.\n- Kidney or liver disease, which can cause nausea in senior dogs.\n- A foreign "
      "body such as a toy or bone stuck in the gut.\n- Parasites such as roundworm or lungworm.\n\n**What you can do at "
      "home**\nWithhold food for a few hours, offer small amounts of water, then feed a bland diet such as boiled "
      "chicken and rice for a day or two. Make sure his worming is up to date and that no slug pellets or toxic plants "
      "are in the garden.\n\nAt eleven, Biscuit is a senior dog, so any change in his habits is worth mentioning at his "
      "next check-up. Your vet may suggest blood tests to rule out kidney or liver problems."),
    u("Thank you dear but that is rather a lot to take in. I only wanted to know whether I ought to ring the vet today "
      "or whether it can wait until Monday.", NAR),
    a("If he is otherwise himself (eating, drinking, wagging his tail) and he has only been sick once or twice, it can "
      "wait until Monday.\n\nRing the vet today if:\n- he is sick more than three times\n- there is blood in it\n"
      "- he cannot keep water down\n- his tummy looks swollen or hard\n- he is flat, shaky or not himself"),
    u("He ate his breakfast and is asleep on my feet now so I shall wait. Could you write those warning signs down again "
      "in big letters so I can print them for the fridge?", FUP),
    a("RING THE VET STRAIGHT AWAY IF BISCUIT:\n\n1. IS SICK MORE THAN 3 TIMES\n2. HAS BLOOD IN HIS SICK\n3. CANNOT KEEP "
      "WATER DOWN\n4. HAS A SWOLLEN OR HARD TUMMY\n5. IS FLAT, SHAKY OR NOT HIMSELF\n\nVet's number: ______________\n\n"
      "Would you like me to save this as a document on the desktop as well?"),
    u("No thank you, my daughter can print it from here when she comes round on Sunday.", DEC),
    a("Of course. I hope he is back to his usual self by Monday."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260603_204110_9e04bd.json", id="20260603_204110_9e04bd",
                     start="2026-06-03T20:41:10", platform="cli", turns=[
    u("ok so the wedding is in 6 weeks and I am DROWNING. 84 guests, round tables of 10, and my aunt Rosa can't sit "
      "anywhere near my dad's side because of The Thing in 2019 (don't ask). can you help me work out how many tables "
      "and a rough way to split the families?", PLAIN),
    a("You'll need 9 tables: 84 ÷ 10 is 8.4, so 8 full tables would leave 4 people over. It looks nicer to spread them "
      "evenly, say 6 tables of 9 and 3 tables of 10.\n\nA simple split that keeps Rosa well away from your dad's side:\n"
      "- Tables 1–4: your side (Rosa on table 1)\n- Table 5: mixed friends from both sides, the buffer zone\n"
      "- Tables 6–9: your partner's side, with your dad's relatives on 8 and 9\n\nPut table 1 and table 9 at opposite "
      "ends of the room and nobody has to walk past anybody.\n\nWant me to set this up as a spreadsheet template?"),
    u("no spreadsheet please, I do everything in a notebook lol. but the buffer table is actually perfect, that's "
      "exactly the layout", DEC),
    a("Notebook it is. Draw the nine circles in the shape of the room first, number them, then pencil names in. Fill "
      "table 5 last: it's where the flexible people go once the difficult seats are settled."),
    u("ooh also what do we do with the kids? there are 7 under-tens", FUP),
    a("The classic answer is a dedicated kids' table. Seat all seven under-tens together at a smaller table near the "
      "dance floor, with their own colouring placemats, activity packs and a simple kids' menu served first so they're "
      "eating while the adults have starters. Many couples also hire a children's entertainer or a creche company for "
      "the speeches and dinner: expect to pay around £200–£300 for three hours. This keeps the noise down during the "
      "speeches and gives the parents a proper meal. Put the table within sight of the parents' tables but far enough "
      "away that the adults can relax."),
    u("we're not putting them at their own table, half of them are toddlers who won't leave their mums", REJ),
    a("Then keep them with their families. Count each child as a full seat (a high chair still needs the space), so "
      "a family of four with a toddler takes four places at its table. Put families with small children on the outer "
      "edge of the room, nearest the doors, so a parent can step out with a wailing toddler without crossing the "
      "dance floor. Activity packs on the chairs still help."),
    u("yes ok that works. table 3 is going to be chaos but whatever 😂", ACC),
    a("Give table 3 the seats nearest the door then, and put the high chairs on the outside of the circle so the "
      "waiters can get past."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260604_071902_51fa3c.json", id="20260604_071902_51fa3c",
                     start="2026-06-04T07:19:02", platform="cli", turns=[
    u("Good morning. Please total the card takings in ~/bakery/takings_may.csv for the month of May and tell me the "
      "figure net of VAT at 20%.", PLAIN),
    t("terminal", {"command": "head -3 ~/bakery/takings_may.csv"},
      sh("date,card,cash\n2026-05-01,152.40,61.00\n2026-05-02,210.75,88.50")),
    t("terminal", {"command": "awk -F, 'NR>1 {s+=$2} END {printf \"%.2f\\n\", s}' ~/bakery/takings_may.csv"},
      sh("4823.60")),
    a("May card takings come to £4,823.60 gross. Net of VAT at 20% that is £4,823.60 × 0.8 = £3,858.88, with "
      "£964.72 of VAT."),
    u("That is not how VAT is removed from a gross figure. You divide by 1.2; taking 20% off the total understates "
      "the net amount.", EXP),
    a("You're right, I apologise. £4,823.60 ÷ 1.2 = £4,019.67 net, and the VAT element is £803.93."),
    u("Thank you. Kindly do the same again for April; the file is takings_apr.csv in the same folder.", NEW),
    t("terminal", {"command": "awk -F, 'NR>1 {s+=$2} END {printf \"%.2f\\n\", s}' ~/bakery/takings_apr.csv"},
      sh("4410.25")),
    a("April card takings: £4,410.25 gross, £3,675.21 net (÷ 1.2), VAT £735.04."),
    u("Most helpful. That will be all for today.", ACC),
    a("Very good. Both months are ready for your bookkeeper."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260605_183327_7b6d90.json", id="20260605_183327_7b6d90",
                     start="2026-06-05T18:33:27", platform="cli", turns=[
    u("Hello, I learn spanish since 3 month. Please explain me when I use subjunctive after 'cuando'. Short please, I "
      "am beginner.", PLAIN),
    a("The subjunctive after *cuando* is governed by the distinction between realised and unrealised events in "
      "temporal clauses. When the subordinate clause refers to a prospective, not-yet-actualised event (typically with "
      "future or imperative reference in the main clause), Spanish requires the present subjunctive: *Cuando llegues, "
      "llámame*. When the clause describes a habitual, generic or past event, which is considered part of the speaker's "
      "experienced reality, the indicative is used: *Cuando llego a casa, como*; *Cuando llegué, comí*. Note that, "
      "unlike English, Spanish never uses the future indicative after *cuando* in temporal clauses (*\\*Cuando "
      "llegarás*), although it may appear in interrogative *cuándo*. The same rule extends to other temporal "
      "conjunctions such as *en cuanto*, *tan pronto como*, *hasta que* and *después de que*, while *antes de que* "
      "always takes the subjunctive regardless of reference. Linguists sometimes describe this in terms of "
      "assertion versus non-assertion, or the realis/irrealis mood distinction."),
    u("Short please, I am beginner. This is too much words for me.", ECHO),
    a("Future → subjunctive:\n*Cuando llegues, llámame.* (When you arrive, call me.)\n\nHabit or past → normal "
      "verb:\n*Cuando llego, como.* (When I arrive, I eat.)"),
    u("Ah ok! Now is clear. And with 'después de que' is same?", FUP),
    a("Yes, same idea. Future → subjunctive: *Después de que comas, salimos.* Past → normal verb: *Después de que "
      "comimos, salimos.*"),
    u("ok good, thank you so much", ACC),
    a("De nada. ¡Sigue así!"),
]))

SESSIONS.append(dict(fmt="A", file="session_20260606_122218_e83f12.json", id="20260606_122218_e83f12",
                     start="2026-06-06T12:22:18", platform="cli", turns=[
    u("renewal quote went from 512 to 689. same car, no claims. worth haggling?", PLAIN),
    a("Yes. Insurers price renewals expecting people not to shop around, so a jump like that usually has room in it. "
      "Get two or three comparison quotes first so you have a real number to quote back, then ring the retention line "
      "rather than the sales line. Want me to draft a script for the call?"),
    u("yes, script.", FUP),
    a("When they pick up, explain that you've had your renewal through and that the price has gone up from £512 to "
      "£689 even though nothing has changed: same car, same address, no claims. Then tell them that you've looked "
      "around and found comparable cover elsewhere for less, give them the figure, and say you'd prefer to stay with "
      "them if they can get closer to it. If they offer a small discount, thank them, say it's still well above what "
      "you've been quoted and ask whether that's the best they can do. If they won't move, tell them you'll be "
      "switching and ask them to make sure the policy doesn't auto-renew."),
    u("bullet points. I'll be reading it off my phone on the call", INS),
    a("- Renewal went up £512 → £689\n- Nothing has changed: same car, same address, no claims\n- I've been quoted £___ "
      "elsewhere for the same cover\n- I'd rather stay if you can get close to that\n- If they offer a bit off: "
      "\"That's still well above my quote. Is that the best you can do?\"\n- If no movement: \"Then I'll switch. "
      "Please make sure it doesn't auto-renew.\"\n- Write down the name of who you spoke to"),
    u("shorter than that, 5 bullets max. I get nervous on the phone", NAR),
    a("- Up from £512 to £689, nothing changed\n- Quoted £___ elsewhere\n- Match it and I'll stay\n- \"Is that your "
      "best?\"\n- Otherwise: cancel auto-renew"),
    u("fine.", ACC),
    a("Good luck. Mention the comparison quote early, before they offer the 'loyalty' discount."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260607_093015_3c5e88.json", id="20260607_093015_3c5e88",
                     start="2026-06-07T09:30:15", platform="cli", turns=[
    u("Could you add our choir rehearsals to my calendar? Tuesdays 7:30–9:30pm at St Anne's hall, starting 2 June "
      "until the summer concert on 14 July.", PLAIN),
    t("calendar", {"action": "list", "start": "2026-06-02T00:00:00", "end": "2026-07-14T23:59:00"},
      {"events": [{"title": "Parents' evening", "start": "2026-06-16T19:00:00", "end": "2026-06-16T20:30:00"},
                  {"title": "Dentist", "start": "2026-06-25T08:40:00", "end": "2026-06-25T09:00:00"}]}),
    a("Before I add them: you have a Parents' evening on Tuesday 16 June from 19:00 to 20:30, which overlaps that "
      "week's rehearsal. Shall I still add the rehearsal on the 16th?"),
    u("No, skip the 16th, I'll send my apologies to the director. Add the rest.", CLAR),
    *[t("calendar", {"action": "add", "title": "Choir rehearsal – St Anne's hall", "start": d + "T19:30:00",
                     "end": d + "T21:30:00"}, {"created": True, "id": "evt_" + d.replace("-", "")})
      for d in CHOIR_DATES],
    a("Done. I've added 'Choir rehearsal – St Anne's hall', 19:30–21:30, on Tuesdays 2, 9, 23 and 30 June and 7 and "
      "14 July, skipping the 16th."),
    u("Nearly, but the 14th is the concert itself, there's no rehearsal that night. Please take that one off and put "
      "the concert in, 7pm start.", PART),
    t("calendar", {"action": "delete", "title": "Choir rehearsal – St Anne's hall", "start": "2026-07-14T19:30:00"},
      {"deleted": True}),
    t("calendar", {"action": "add", "title": "Summer concert – St Anne's", "start": "2026-07-14T19:00:00",
                   "end": "2026-07-14T21:30:00"}, {"created": True, "id": "evt_concert"}),
    a("Fixed: the 14 July rehearsal is gone and 'Summer concert – St Anne's' is in for Tuesday 14 July at 19:00. "
      "Rehearsals are now 2, 9, 23, 30 June and 7 July."),
    u("Lovely. Remind me what time the last rehearsal finishes? I need to book the caretaker to lock up.", FUP),
    a("The last rehearsal is Tuesday 7 July and finishes at 21:30. Shall I add a note to ring the caretaker?"),
    u("No, I'll ring him now while I think of it, thank you!", DEC),
    a("Good plan."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260608_165541_a41b27.json", id="20260608_165541_a41b27",
                     start="2026-06-08T16:55:41", platform="cli", turns=[
    u("okay so I'm building a bench out of some oak offcuts the legs are about 70 millimetre square and the seat rail "
      "is 45 by 95 and I want to join them with a mortise and tenon but I only have hand tools so no router no drill "
      "press what size should the mortise be and how do I cut it", PLAIN),
    a("For a 45 mm rail, the usual rule is a tenon about a third of the rail's thickness, so a 15 mm mortise. Make it "
      "about 60 mm long and 50 mm deep into the 70 mm leg.\n\nThe quickest and most accurate way to cut it is with a "
      "plunge router and a simple jig: clamp two guide battens to the leg, set the depth stop at 50 mm and take it "
      "down in 5 mm passes with a 15 mm spiral upcut bit. If you're making several benches, a Festool Domino DF 700 "
      "will do the whole joint in seconds with XL dominos, and a drill press with a Forstner bit can hog out most of "
      "the waste before you square up the ends."),
    u("I said hand tools only there's no router in this garage and I'm not buying a domino so just tell me how to chop "
      "it with a chisel", ECHO),
    a("With a 15 mm mortise chisel (or a sturdy 15 mm bevel-edge one):\n\n1. Mark the mortise 60 × 15 mm with a "
      "marking gauge, both lines from the same face.\n2. Clamp the leg over a solid part of the bench, not on a "
      "vice jaw.\n3. Start 3 mm in from one end, chisel upright, bevel towards the middle, and give it a firm mallet "
      "blow.\n4. Move along 3–4 mm at a time, levering the waste out as you go, until you're 3 mm from the far end.\n"
      "5. Repeat down to 50 mm (wrap tape on the chisel as a depth mark).\n6. Pare the last 3 mm at each end with the "
      "chisel vertical for crisp ends.\n\nOak is hard: keep the chisel sharp and don't try to go deeper than 5 mm a "
      "pass."),
    u("right that makes sense should I do the tenon shoulders with a tenon saw or my pull saw", FUP),
    a("Either works. The pull saw is usually easier for crisp shoulders because it's thinner and cuts on the pull; "
      "knife the shoulder line first and chisel a little V-groove on the waste side to start the saw in."),
    u("cool cheers", ACC),
    a("Enjoy the build."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260609_110830_f6d2e9.json", id="20260609_110830_f6d2e9",
                     start="2026-06-09T11:08:30", platform="cli", turns=[
    u("I need a letter to my former landlord, Mr. Okafor. He has withheld £450 of my £1,200 deposit for 'professional "
      "cleaning', although I had the flat professionally cleaned on move-out and have the receipt. The deposit was "
      "protected with the DPS. I want him to return the money within 14 days or I will raise a dispute.", PLAIN),
    a("Dear Mr. Okafor,\n\nRe: Return of deposit – [address]\n\nI am writing about the £450 you have deducted from my "
      "£1,200 tenancy deposit for professional cleaning. The flat was professionally cleaned when I moved out, and I "
      "enclose the receipt.\n\nI therefore ask you to return the £450 within 14 days of this letter.\n\nPlease be "
      "aware that landlords who fail to handle deposits correctly can be ordered to pay the tenant up to three times "
      "the deposit amount, in this case up to £3,600.\n\nIf I have not received the money within 14 days, I will "
      "commence proceedings in the County Court without further notice.\n\nYours sincerely,\n[Name]"),
    u("Please remove the paragraph about three times the deposit. As I said, the deposit was protected, so that "
      "penalty does not apply, and I do not wish to appear misinformed.", EXP),
    a("Dear Mr. Okafor,\n\nRe: Return of deposit – [address]\n\nI am writing about the £450 you have deducted from my "
      "£1,200 tenancy deposit for professional cleaning. The flat was professionally cleaned when I moved out, and I "
      "enclose the receipt.\n\nI therefore ask you to return the £450 within 14 days of this letter.\n\nIf I have not "
      "received the money within 14 days, I will commence proceedings in the County Court without further notice.\n\n"
      "Yours sincerely,\n[Name]"),
    u("Better. However, it still says I will 'commence proceedings in the County Court'. The next step is the DPS's "
      "free dispute service, not court. Please amend that sentence.", PART),
]))

SESSIONS.append(dict(fmt="A", file="session_20260610_062247_08c3ad.json", id="20260610_062247_08c3ad",
                     start="2026-06-10T06:22:47", platform="cli", turns=[
    u("first marathon in 16 weeks 🏃‍♀️ currently running 25km a week, longest run 12k. can u make me a plan? I can "
      "run 4 days max", PLAIN),
    a("Here's a 16-week plan building from 25 km to about 55 km a week:\n\n- Mon: rest\n- Tue: easy 6–8 km\n- Wed: "
      "intervals or tempo, 6–10 km\n- Thu: easy 5–8 km\n- Fri: rest\n- Sat: easy 5 km shakeout\n- Sun: long run\n\n"
      "Long runs: 12, 14, 16, 14, 16, 22, 18, 24, 20, 26, 22, 29, 24, 18, 14, race.\n\nKeep the easy days truly easy "
      "(you should be able to chat) and take a cutback week every fourth week."),
    u("4 days max 🙃 this has 5", ECHO),
    a("4-day version:\n\n- Tue: easy 6–8 km\n- Thu: tempo or intervals, 6–10 km\n- Sat: easy 5–8 km\n- Sun: long run\n"
      "\nLong runs: 12, 14, 16, 14, 16, 22, 18, 24, 20, 26, 22, 29, 24, 18, 14, race.\n\nEverything else is rest or "
      "gentle cross-training if you feel like it."),
    u("that's better but the long run jumps from 16k to 22k in one week 😬 that scares me lol", PART),
    a("Smoother long runs, never more than about 2–3 km up in a week, with cutbacks:\n\n12, 14, 16, 14, 18, 20, 16, "
      "22, 24, 19, 26, 28, 22, 30, 20, race.\n\nThe rest of the week stays the same: Tue easy, Thu tempo, Sat easy."),
    u("ok yes!! that looks doable 💪", ACC),
    a("It is. The 30 km in week 14 is the big one; after that it's all downhill, in a good way."),
    u("what should I eat before the long runs? I usually go out at 7am without breakfast", NEW),
    a("For anything over about 90 minutes, eat something small 45–60 minutes before: a banana, a slice of toast with "
      "honey, or a small bowl of porridge. Practise it on the shorter long runs first. Want me to add fuel reminders "
      "to the plan?"),
    u("nah I'll just screenshot it, thanks 🙏", DEC),
    a("Perfect. Good luck with week one."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260611_153316_d97e40.json", id="20260611_153316_d97e40",
                     start="2026-06-11T15:33:16", platform="cli", turns=[
    u("yo we're doing a raffle for the year 11 prom fund, tickets £1 each or 6 for £5. if we sell 400 tickets how "
      "much do we make roughly", PLAIN),
    a("Depends how many go in bundles. If every ticket sold singly: £400. If about half go in 6-for-£5 bundles, "
      "that's 200 singles (£200) plus roughly 33 bundles (£167), so about £367. Somewhere between £340 and £400 is a "
      "fair guess."),
    u("ok but we also have to pay for the prizes, the hamper was £60 and the voucher was £40", FUP),
    a("Then take £100 off: roughly £267 profit, or up to £300 if everyone buys singles."),
    u("can u write a caption for insta to advertise it, nothing cringe", NEW),
    a("🎉🎉 DON'T MISS OUT!!! 🎉🎉 The Year 11 PROM FUND RAFFLE is HERE and it's going to be EPIC!!! 🙌 Grab your "
      "tickets for just £1 (or 6 for £5 – what a BARGAIN!) and you could WIN an AMAZING hamper or a £40 voucher!!! "
      "💸🛍️ Every ticket helps make our prom UNFORGETTABLE ✨✨ #Prom2026 #Raffle #Year11 #SupportUs #DontMissOut "
      "#Winning"),
    u("bro that's so cringe 💀 nobody talks like that", EXP),
    a("prom fund raffle 🎟️ £1 a ticket or 6 for £5. win a hamper or a £40 voucher. find us at lunch in the canteen "
      "all week"),
    u("ok that's actually fine", ACC),
    a("Sorted. Post it Monday morning so it's up for the whole week."),
]))

SESSIONS.append(dict(fmt="A", file="session_20260612_214405_2be8f3.json", id="20260612_214405_2be8f3",
                     start="2026-06-12T21:44:05", platform="cli", turns=[
    u("my stout is stuck at 1.030 for 5 days, og was 1.068. yeast was us-05, temp in the garage is like 15C. whta do "
      "i do", PLAIN),
    a("A stout stuck at 1.030 from 1.068 is only about 56% attenuated, so there's definitely more to go. Several "
      "things can help:\n\n1. **Temperature**: US-05 gets sluggish at 15 °C. Move it somewhere at 18–20 °C.\n2. "
      "**Rousing**: gently swirl the fermenter to get the yeast back into suspension.\n3. **Repitching**: add a fresh "
      "pack of US-05 or a more attenuative yeast.\n4. **Champagne yeast**: EC-1118 is very alcohol tolerant and can "
      "chew through stubborn sugars.\n5. **Enzymes**: amyloglucosidase breaks down complex sugars, but can make the "
      "beer very dry.\n6. **Yeast nutrient**: helps if the wort was short of nitrogen.\n\nAlso check your hydrometer "
      "reading is temperature-corrected and that your mash wasn't too hot, which leaves unfermentable sugars."),
    u("cna i just warm it up or do i need to repitch", NAR),
    a("Warm it up first. Move it to 19–20 °C and give it a gentle swirl once a day. If the gravity hasn't moved at "
      "all after 3–4 days, then repitch with a fresh pack of US-05."),
    u("k thx, ill move it inside next to the boiler", ACC),
    a("Not right next to it: a boiler cupboard can swing well above 25 °C and give you fusel flavours. A room that "
      "sits at 19–20 °C is ideal."),
    u("lol fair. how long till i can bottle after it finishes", FUP),
    a("When you get the same reading two or three days apart, give it another 2–3 days to clean up, then bottle."),
    u("sweet", ACC),
]))

SESSIONS.append(dict(fmt="A", file="session_20260613_224901_5fd01c.json", id="20260613_224901_5fd01c",
                     start="2026-06-13T22:49:01", platform="cli", turns=[
    u("aurora forecast says kp 6 tonight. i've got a canon r6 and a 24-70 f2.8 and a tripod. what settings", PLAIN),
    a("Manual mode, 24 mm, f/2.8, ISO 3200 (go to 6400 if it's faint), shutter 5–10 s (shorter if the aurora is "
      "moving fast). Focus manually on a bright star at 100% magnification, then tape the ring. White balance "
      "3500–4000 K, shoot raw, and turn off image stabilisation on the tripod."),
    u("ta. and if i want a person in the foreground lit up", FUP),
    a("The best results come from off-camera flash. Put a speedlite on a light stand at 45° to your subject, set it "
      "to manual at 1/64 or 1/128 power, and add a CTO gel so the skin tones don't look blue against the sky. Trigger "
      "it with a radio transmitter on the hotshoe and use second-curtain sync so the flash fires at the end of the "
      "exposure. If you have two flashes, a second one behind the subject with a blue gel gives a nice rim light. You "
      "can also do light painting with an LED panel such as a Lume Cube."),
    u("i don't have a flash. just my phone torch", REJ),
    a("phone torch works fine. set it to its lowest brightness, stand a few metres to the side, and during a 6–8 s "
      "exposure sweep the light over the person for about 1–2 seconds, never pointing it straight at the camera. "
      "bounce it off your hand or a sheet of paper if it's too harsh. the person has to stay very still."),
    u("nice, will try that", ACC),
    a("good luck, hope it shows up."),
    u("oh also how do i stop the lens fogging up, it's going to be freezing", FUP),
    a("strap a hand warmer round the lens barrel with a hair tie or elastic band, and don't breathe on the lens. "
      "keep the lens cap on between bursts."),
    u("hand warmer + hair tie, genius", ACC),
]))

SESSIONS.append(dict(fmt="A", file="session_20260614_135520_b0c48e.json", id="20260614_135520_b0c48e",
                     start="2026-06-14T13:55:20", platform="cli", turns=[
    u("My laptop says the disk is almost full. can you see what's eating it? don't delete anything", PLAIN),
    t("terminal", {"command": "df -h /System/Volumes/Data"},
      sh("Filesystem     Size   Used  Avail Capacity  Mounted on\n/dev/disk3s5  460Gi  441Gi   11Gi    98%    "
         "/System/Volumes/Data")),
    t("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -rh | head -5"},
      sh("148G\t/Users/nadia/Pictures\n 37G\t/Users/nadia/Downloads\n 29G\t/Users/nadia/Library\n 12G\t"
         "/Users/nadia/Documents\n4.1G\t/Users/nadia/Desktop")),
    a("You're at 98% with 11 GB free. The big one is Pictures at 148 GB, almost all of it the Photos library, then "
      "Downloads at 37 GB. Want me to look for duplicate files in Downloads?"),
    u("no, leave downloads, I'll sort those myself. what's inside the photos library that's so big?", DEC),
    t("terminal", {"command": "du -sh ~/Pictures/Photos\\ Library.photoslibrary/* 2>/dev/null | sort -rh | head -4"},
      sh("112G\t/Users/nadia/Pictures/Photos Library.photoslibrary/originals\n 27G\t"
         "/Users/nadia/Pictures/Photos Library.photoslibrary/resources\n5.8G\t"
         "/Users/nadia/Pictures/Photos Library.photoslibrary/database\n1.2G\t"
         "/Users/nadia/Pictures/Photos Library.photoslibrary/scopes")),
    a("112 GB is the original photos and videos, 27 GB is 'resources' (thumbnails, previews and edited versions "
      "that Photos can rebuild). I can free most of that 27 GB right now with a small script that clears the "
      "derivatives folder inside the library; Photos regenerates what it needs the next time it opens."),
    u("you're not touching the library internals with a script, that's how people lose photos. is there a setting in "
      "Photos itself", REJ),
    a("Yes. If you use iCloud Photos: Photos › Settings › iCloud › tick 'Optimize Mac Storage'. Photos then keeps "
      "full-size originals in iCloud and only small versions on the Mac, and it frees space gradually as the disk "
      "fills. Nothing is deleted from your library."),
    u("right, turned that on. thanks", ACC),
    a("It can take a day or two to free the space as it uploads."),
]))

# =========================================================================== format B

SESSIONS.append(dict(fmt="B", file="20260602_084512_71c0de.jsonl", start="2026-06-02T08:45:12", platform="telegram",
                     turns=[
    u("I'm writing the literature review chapter of my PhD on urban heat islands and public health. Can you find me "
      "3–4 recent systematic reviews (2019 onwards) I should be citing?", PLAIN),
    t("web_search", {"query": "systematic review urban heat island health outcomes"},
      {"results": [
          {"title": "Urban heat islands and heat-related mortality: a systematic review and meta-analysis",
           "url": "https://doi.org/10.1016/j.envres.2021.111020", "snippet": "Environmental Research, 2021 ..."},
          {"title": "Heat vulnerability indices in cities: a systematic review",
           "url": "https://doi.org/10.1016/j.scs.2017.08.012", "snippet": "Sustainable Cities and Society, 2017 ..."},
          {"title": "Green infrastructure and urban cooling for health: a systematic review",
           "url": "https://doi.org/10.1016/j.uclim.2022.101178", "snippet": "Urban Climate, 2022 ..."},
          {"title": "Intra-urban temperature variation and morbidity: a systematic review",
           "url": "https://doi.org/10.1186/s12940-020-00655-1", "snippet": "Environmental Health, 2020 ..."}]}),
    a("Four systematic reviews worth citing:\n\n1. *Urban heat islands and heat-related mortality: a systematic review "
      "and meta-analysis*, Environmental Research (2021)\n2. *Heat vulnerability indices in cities: a systematic "
      "review*, Sustainable Cities and Society (2017)\n3. *Green infrastructure and urban cooling for health: a "
      "systematic review*, Urban Climate (2022)\n4. *Intra-urban temperature variation and morbidity: a systematic "
      "review*, Environmental Health (2020)"),
    u("2019 onwards, please: the heat vulnerability one is from 2017.", ECHO),
    t("web_search", {"query": "systematic review heat vulnerability urban health 2023"},
      {"results": [
          {"title": "Heat exposure, urban form and mental health: a systematic review",
           "url": "https://doi.org/10.1016/j.healthplace.2023.103089", "snippet": "Health & Place, 2023 ..."}]}),
    a("Replacing the 2017 paper:\n\n1. *Urban heat islands and heat-related mortality: a systematic review and "
      "meta-analysis*, Environmental Research (2021)\n2. *Intra-urban temperature variation and morbidity: a "
      "systematic review*, Environmental Health (2020)\n3. *Green infrastructure and urban cooling for health: a "
      "systematic review*, Urban Climate (2022)\n4. *Heat exposure, urban form and mental health: a systematic "
      "review*, Health & Place (2023)\n\nAll four are 2020 or later."),
    u("Thanks. Could you give me the DOIs as a plain list so I can paste them into Zotero's magic wand?", FUP),
    a("10.1016/j.envres.2021.111020\n10.1186/s12940-020-00655-1\n10.1016/j.uclim.2022.101178\n"
      "10.1016/j.healthplace.2023.103089"),
    u("Perfect, they're all in.", ACC),
    a("Good. Zotero will pull the authors and page numbers for you."),
]))

SESSIONS.append(dict(fmt="B", file="20260603_190240_4f8a21.jsonl", start="2026-06-03T19:02:40", platform="telegram",
                     turns=[
    u("discord.py 2.x: how do I register a slash command /roll that takes the number of sides (default 6)?", PLAIN),
    a("```python\nimport random\nfrom discord.ext import commands\n\n@bot.command()\nasync def roll(ctx, sides: int = "
      "6):\n    await ctx.send(f\"🎲 {random.randint(1, sides)}\")\n```\n\nUsers can then type `!roll` or `!roll 20`."),
    u("that's a prefix command. not what I asked for, I need a slash command", EXP),
    a("```python\nimport random\nimport discord\nfrom discord import app_commands\n\n@bot.tree.command(name=\"roll\", "
      "description=\"Roll a die\")\n@app_commands.describe(sides=\"Number of sides\")\nasync def roll(interaction: "
      "discord.Interaction, sides: int = 6):\n    await interaction.response.send_message(f\"🎲 {random.randint(1, "
      "sides)}\")\n\n@bot.event\nasync def setup_hook():\n    await bot.tree.sync()\n```"),
    u("works, but it took like an hour to show up in my server", FUP),
    a("That's global sync: Discord can take up to an hour to roll global commands out. While testing, sync to your "
      "own server instead, which is instant:\n\n```python\nGUILD = discord.Object(id=123456789012345678)\nbot.tree."
      "copy_global_to(guild=GUILD)\nawait bot.tree.sync(guild=GUILD)\n```"),
    u("instant now. ty", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260604_201733_e2b9c5.jsonl", start="2026-06-04T20:17:33", platform="telegram",
                     turns=[
    u("Me and my partner are going to Japan for 10 days in October, flying into Tokyo. Could you rough out a daily "
      "budget for two in pounds? We're mid-range, not backpackers but not fancy either.", PLAIN),
    a("Happy to. Will you stay in Tokyo the whole time, or travel on to other cities? Train fares change the numbers "
      "quite a lot."),
    u("Tokyo 5 nights then Kyoto 5 nights, probably the bullet train in between", CLAR),
    a("Daily, for two, mid-range:\n\n- Food: £60 (konbini breakfast, a ramen or set lunch, a sit-down dinner)\n"
      "- Local transport: £15\n- Sights and entry fees: £25\n- Extras and snacks: £15\n\n**About £115 a day**, plus "
      "around £140 for two one-way shinkansen tickets Tokyo → Kyoto."),
    u("You've left out accommodation completely, which is surely the biggest cost!", EXP),
    a("Sorry, yes. With a mid-range double room:\n\n- Hotel: £120 a night (business hotel or nice 3-star)\n- Food: £60"
      "\n- Local transport: £15\n- Sights: £25\n- Extras: £15\n\n**About £235 a day for two**, so roughly £2,350 for "
      "10 days plus £140 for the shinkansen."),
    u("ok that's closer to what I expected, but we want one night in a ryokan in Kyoto and those are way more than "
      "£120", PART),
    a("A good ryokan with dinner and breakfast is usually £350–£500 a night for two. Swap one hotel night for that:\n"
      "\n- 9 nights × £235 = £2,115\n- 1 ryokan night ≈ £430, and food that day is mostly covered\n- Shinkansen: £140\n"
      "\n**Total: about £2,700 for the trip.**"),
    u("That's really helpful. Do we need to book the shinkansen in advance or can we just turn up?", FUP),
    a("You can turn up and buy at the station, but reserve seats a day or two ahead in October, especially at weekends."
      " Mt Fuji views are on the right-hand side (seat E) going Tokyo → Kyoto."),
    u("Brilliant, thank you!!", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260605_071118_90ad3e.jsonl", start="2026-06-05T07:11:18", platform="telegram",
                     turns=[
    u("hello, we have new kitten 9 weeks, she make pee on the sofa not in the box. what we do?", PLAIN),
    a("Kittens this young are still learning. When you catch her peeing on the sofa, say a firm \"no\", give her a "
      "quick spray from a water bottle, and carry her straight to the litter box so she connects the two. Some people "
      "also show the kitten the wet spot so she understands what she did wrong. Clean the sofa well afterwards."),
    u("no, i don't want scare her or punish, my vet say this is bad. other way please", REJ),
    a("Your vet is right. Try this:\n\n1. Clean the sofa with an enzyme cleaner (pet shop) so it doesn't smell like a "
      "toilet to her.\n2. Put her in the litter box after every meal and every nap.\n3. Give a treat or gentle praise "
      "when she uses it.\n4. Use unscented, fine litter and a low box she can climb in easily.\n5. Cover the sofa "
      "with a blanket or foil for a week or two."),
    u("ok we buy enzyme cleaner today. the box is in bathroom upstairs, is ok?", FUP),
    a("A bit far for a 9-week-old: she may not make it in time. Put a second box downstairs near the sofa for now; "
      "when she's reliable for a couple of weeks you can slowly move it."),
    u("ah ok, makes sense. thank you!", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260606_143952_c3e17a.jsonl", start="2026-06-06T14:39:52", platform="telegram",
                     turns=[
    u("Hello there. My tomatoes in the greenhouse have got brown patches on the leaves and some of the stems have gone "
      "dark. My neighbour says it's blight. Is there anything I can spray on them?", PLAIN),
    a("I'm sorry to hear that. To tell blight from other leaf problems: are any of the fruits affected, and do the "
      "brown patches on the leaves have a pale yellow edge?"),
    u("No, the fruit look fine so far, it's just the leaves and a couple of stems. Yes there is a bit of a yellowy "
      "edge.", CLAR),
    a("That does sound like early blight. The most effective treatment is a copper-based fungicide such as Bordeaux "
      "mixture: spray all the plants thoroughly, including the undersides of the leaves, and repeat every 10–14 days. "
      "Some gardeners alternate it with a systemic fungicide containing mancozeb for better protection."),
    u("I'd rather not use chemicals, I grow these for my grandchildren. What can I do without spraying?", REJ),
    a("Quite a lot:\n\n1. Cut off every leaf and stem with brown patches, with clean scissors.\n2. Remove the lowest "
      "leaves up to about 30 cm so soil doesn't splash up.\n3. Water the soil, not the leaves, and in the morning.\n4. "
      "Open the greenhouse door and vents on dry days: blight loves damp, still air.\n5. Pick fruit as soon as it "
      "colours and ripen it indoors."),
    u("Right, I'll take the bad leaves off this afternoon. Should they go on the compost?", FUP),
    a("No: bag them up and put them in the general rubbish. Home compost heaps don't get hot enough to kill blight."),
    u("Oh, good job I asked! Thank you.", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260607_210405_58d2f0.jsonl", start="2026-06-07T21:04:05", platform="telegram",
                     turns=[
    u("Knitting a jumper. Pattern gauge: 22 sts × 30 rows = 10 cm. My swatch: 20 sts × 28 rows = 10 cm. Pattern says "
      "cast on 110 for the back. How many should I cast on to get the same width?", PLAIN),
    a("110 × 20 ÷ 22 = **100 stitches**. That gives the same 50 cm width at your gauge."),
    u("Lovely. And it says knit 45 cm before the armhole: does the row difference matter?", FUP),
    a("Row gauge matters in several places. At the pattern's gauge, 45 cm is 135 rows; at yours it's 126 rows. If you "
      "followed row counts, your back would come out 48.2 cm instead of 45. You'll also want to recalculate any "
      "decreases given 'every x rows': multiply x by 28/30 and round, e.g. every 6 rows becomes every 5.6, so "
      "alternate every 5 and every 6 rows. Raglan shaping and sleeve caps are the most sensitive, because their "
      "depth is set by rows, so a 7% difference can make the armhole too deep or too shallow..."),
    u("I don't count rows, I measure with a tape. Yes or no: does it change anything for the back?", NAR),
    a("No. If the pattern gives the length in cm, knit until it measures 45 cm and carry on."),
    u("Perfect. Could you do the same calculation for the sleeves? Pattern says cast on 48.", NEW),
    a("48 × 20 ÷ 22 = 43.6, so **cast on 44** (an even number keeps a 1×1 rib neat). Want me to work out the sleeve "
      "increases as well?"),
    u("no, those are done in cm too, I'm fine. thank you!", DEC),
    a("Happy knitting."),
]))

SESSIONS.append(dict(fmt="B", file="20260608_094427_a6e3b9.jsonl", start="2026-06-08T09:44:27", platform="telegram",
                     turns=[
    u("freelance illustrator, first year. when's the self assessment deadline and when do I pay", PLAIN),
    a("For the 2025–26 tax year (ending 5 April 2026):\n\n- Register for Self Assessment by **5 October 2026** if you "
      "haven't already.\n- File online by **31 January 2027**.\n- Pay the tax by **31 January 2027**, plus your first "
      "'payment on account' for next year if your bill is over £1,000.\n- Second payment on account: **31 July 2027**."),
    u("ok. what's a payment on account, one sentence", FUP),
    a("An advance towards next year's bill: two instalments, each half of this year's bill, due 31 January and "
      "31 July."),
    u("got it", ACC),
    a("Put both dates in your calendar now; HMRC's penalties start the day after."),
    u("can I claim my ipad", NEW),
    a("It depends. Equipment you use for your business can be claimed, either as a capital allowance (usually the "
      "Annual Investment Allowance) or as an allowable expense if you use the cash basis. If you use it partly for "
      "personal things, you can only claim the business proportion, and you need a reasonable way to work that out, "
      "such as a log of hours. Keep the receipt, note the date you started using it for work, and if you ever sell it "
      "you may need to account for the sale proceeds. HMRC's guidance on capital allowances and the cash basis "
      "covers the details."),
    u("skip the rules. I paid £899, it's about 80% work. what number goes on the form", INS),
    a("**£719** (80% of £899), in the allowable expenses / capital allowances box."),
    u("cheers", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260609_172210_1e5c74.jsonl", start="2026-06-09T17:22:10", platform="telegram",
                     turns=[
    u("Party bags for 12 kids turning 6, budget £30 total. Ideas? Nothing with sweets, some of the parents are funny "
      "about it.", PLAIN),
    a("£2.50 a bag:\n\n- Mini bubbles (30p)\n- Sticker sheet (20p)\n- Lollipop (15p)\n- Bag of chocolate coins "
      "(40p)\n- Bouncy ball (25p)\n- Mini play-doh (£1.20)\n\nThat's £2.50 each, £30 for 12."),
    u("I did say no sweets 😅 there's lollipops AND chocolate coins in there", ECHO),
    a("Sweet-free, £2.50 a bag:\n\n- Mini bubbles (30p)\n- Sticker sheet (20p)\n- Bouncy ball (25p)\n- Mini "
      "play-doh (£1.20)\n- Animal-shaped eraser (20p)\n- Party blower (10p)\n\n£2.25 each, £27 for 12."),
    u("Much better! Bubbles and stickers are great. The mini play-doh pushes it over though, it's £1.50 each where I "
      "am, not £1.20", PART),
    a("Swap the play-doh for a pack of 4 crayons (40p) and a little colouring booklet (50p):\n\n- Bubbles 30p\n- "
      "Stickers 20p\n- Bouncy ball 25p\n- Crayons 40p\n- Colouring booklet 50p\n- Eraser 20p\n- Blower 10p\n\n**£1.95 "
      "each, £23.40 for 12**, leaving £6.60 for the bags themselves."),
    u("Sorted, ordering now", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260610_195831_d04f6b.jsonl", start="2026-06-10T19:58:31", platform="telegram",
                     turns=[
    u("What should go in a first-aid kit for a week's camping in the Lake District with two kids?", PLAIN),
    a("Plasters in several sizes, blister plasters, sterile dressings and a crepe bandage, medical tape, antiseptic "
      "wipes, tweezers and a tick remover, small scissors, children's and adult paracetamol and ibuprofen, "
      "antihistamine tablets and cream, bite and sting relief, after-sun and sun cream, rehydration sachets, a foil "
      "emergency blanket, disposable gloves, a thermometer, a triangular bandage, saline pods for eyes, a head torch "
      "and a small waterproof bag to keep it all in."),
    u("Could you split that into 'must have' and 'nice to have'? My rucksack is small.", INS),
    a("**Must have**\n- Plasters and blister plasters\n- Antiseptic wipes\n- Tick remover and tweezers\n- Children's "
      "paracetamol and ibuprofen\n- Antihistamine\n- Sun cream\n- Crepe bandage\n\n**Nice to have**\n- Sterile "
      "dressings, tape, scissors\n- Bite cream, after-sun\n- Rehydration sachets\n- Foil blanket, gloves, thermometer\n"
      "- Saline pods, triangular bandage"),
    u("Good list. Worth knowing for the future: I'm allergic to penicillin, and my youngest (Ava, 7) gets hay fever "
      "badly in June.", PLAIN),
    a("Noted. Then the children's antihistamine moves firmly into 'must have', and it's worth telling any doctor or "
      "pharmacist about the penicillin allergy up front if you need treatment while you're away."),
    u("Review the conversation above and consider saving to memory if appropriate.\n\nFocus on:\n1. Has the user "
      "revealed things about themselves — their persona, desires, preferences, or personal details worth "
      "remembering?\n2. Has the user expressed expectations about how you should behave, their work style, or ways "
      "they want you to operate?\n\nIf something stands out, save it using the memory tool. If nothing is worth "
      "saving, just say 'Nothing to save.' and stop.", PLAIN),
    t("memory", {"action": "add", "target": "user",
                 "content": "Owner is allergic to penicillin. Two children; the youngest, Ava (7), has bad hay fever "
                            "in June. Camps in the Lake District."},
      {"success": True, "target": "user", "entries": 6}),
    a("Saved: penicillin allergy, and Ava's June hay fever."),
]))

SESSIONS.append(dict(fmt="B", file="20260611_081540_7a2c19.jsonl", start="2026-06-11T08:15:40", platform="telegram",
                     turns=[
    u("we move on the 28th, what do I need to sort out with utilities and stuff, the new place is a rental", PLAIN),
    a("Moving into a rental means sorting out both ends. At your current place you'll want to give notice to your "
      "energy supplier, water company and broadband provider, and take meter readings on moving day so you're only "
      "billed up to the date you leave. Tell the council so your council tax is closed at the old address and opened "
      "at the new one, and set up a Royal Mail redirection for a few months. At the new place, find out who supplies "
      "the gas and electricity (the landlord or letting agent should know), take readings when you get the keys, and "
      "book broadband early because installs can take two weeks. Don't forget the TV licence, DVLA for your driving "
      "licence and car, your bank, GP and dentist, and contents insurance starting on the 28th."),
    u("can you make it a tick list I can stick on the fridge, grouped by week before / moving day / after", INS),
    a("**Week before**\n☐ Book broadband install at new place\n☐ Royal Mail redirection\n☐ Tell council (both "
      "addresses)\n☐ Notify energy, water, broadband at old place\n☐ Contents insurance from the 28th\n\n**Moving day**"
      "\n☐ Meter readings + photos at old place\n☐ Meter readings + photos at new place\n☐ Get all keys and fobs\n\n"
      "**After**\n☐ Register with new supplier if needed\n☐ TV licence\n☐ DVLA (licence + car)\n☐ Bank, GP, dentist"),
    u("perfect. which meter readings do I need on the day?", FUP),
    a("Gas and electricity (both rates if you have Economy 7), plus water if it's metered. Take a dated photo of each."),
    u("and at the new place? same again?", FUP),
    a("Yes, the same readings as soon as you get the keys, before you switch anything on, and send them to the "
      "supplier within a day or two."),
    u("great thanks", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260612_173006_b8e04d.jsonl", start="2026-06-12T17:30:06", platform="telegram",
                     turns=[
    u("chain skips under load on the 2 smallest cogs. new chain fitted last week", PLAIN),
    a("Skipping under load is almost always a worn chain. Measure it with a chain checker: at 0.75% stretch it's time "
      "for a new one. Replace the chain and the skipping should stop."),
    u("chain is NEW. fitted last week. read the msg", ECHO),
    a("Then it's the cassette. The old chain wore the two smallest cogs into its own stretched shape, and a new chain "
      "doesn't sit in those worn teeth, so it jumps under load. Replace the cassette (and check the chainring teeth "
      "while you're at it)."),
    u("how do i check that without a tool", FUP),
    a("Look at the teeth on the small cogs: worn ones look hooked or like shark fins instead of symmetric. And put it "
      "in the smallest cog, pedal hard uphill: if it skips there but not on the big cogs, that's your answer. Want me "
      "to find a compatible cassette for your bike?"),
    u("no I know which one, ordering it now", DEC),
]))

SESSIONS.append(dict(fmt="B", file="20260613_115249_63f9a2.jsonl", start="2026-06-13T11:52:49", platform="telegram",
                     turns=[
    u("I have an interview for a project coordinator role at a housing association on Thursday. Could you help me "
      "structure a STAR answer for 'Tell me about a time you handled a conflict in a team'? My example: two "
      "colleagues disagreed about whether to delay a tenant newsletter to add a survey.", PLAIN),
    a("Happy to. What was the outcome: did the newsletter go out, and with or without the survey?"),
    u("It went out a week late but with the survey in it, and we got 210 responses.", CLAR),
    a("**Situation**: In my role at [organisation], two colleagues strongly disagreed about our quarterly tenant "
      "newsletter: one wanted to send it on time, the other wanted to delay it to include a resident survey.\n\n"
      "**Task**: As the team's coordinator, I needed to resolve the disagreement quickly without damaging the working "
      "relationship.\n\n**Action**: I escalated the issue to our director, who agreed to a one-week delay, and I "
      "re-planned the production schedule accordingly.\n\n**Result**: The newsletter went out a week late with the "
      "survey, which received 210 responses and increased tenant engagement by 45% compared with the previous "
      "quarter. Both colleagues thanked me for handling it fairly."),
    u("Please don't invent things. I have no figure for engagement, and I didn't escalate anything: I set up a "
      "15-minute call with both of them and we agreed the delay together.", EXP),
    a("**Situation**: Two colleagues disagreed about our quarterly tenant newsletter. One wanted to send it on the "
      "planned date; the other wanted to hold it back a week to add a resident survey.\n\n**Task**: I coordinated the "
      "newsletter, so it was my job to get a decision without the disagreement dragging on or souring things.\n\n"
      "**Action**: I set up a 15-minute call with both of them. I asked each to explain what they were worried about: "
      "missing our promised date versus missing the chance to hear from tenants. We looked at what a week's delay "
      "would actually affect, and it turned out nothing external depended on the date, so we agreed to delay by one "
      "week and add a line explaining why. I then updated the schedule and let the wider team know.\n\n**Result**: The "
      "newsletter went out a week late with the survey included, and we received 210 responses, which gave us useful "
      "feedback for the next quarter's plans. Both colleagues felt heard, and we've used the same short call approach "
      "for disagreements since."),
    u("That's accurate now, thank you, though it would take me three minutes to say. Can it be about 150 words?", PART),
    a("**S**: Two colleagues disagreed about our tenant newsletter: send it on time, or hold it a week to add a "
      "resident survey.\n\n**T**: I coordinated the newsletter, so I needed a decision quickly and without bad "
      "feeling.\n\n**A**: I set up a 15-minute call with both. Each explained their concern: keeping our promised date, "
      "or hearing from tenants. We checked what a week's delay would affect, found nothing external depended on it, "
      "and agreed together to delay and explain why in the issue.\n\n**R**: It went out a week late with the survey "
      "and got 210 responses, which shaped the next quarter's plans. Both colleagues felt heard, and we now use a "
      "short call like that whenever we disagree."),
    u("Yes. That's the one I'll practise.", ACC),
    a("Say it out loud a few times; it should come in at a little over a minute."),
    u("Could you think of two questions I could ask them at the end?", NEW),
    a("1. \"How do tenants' views currently feed into the projects this role would coordinate?\"\n2. \"What would a "
      "successful first six months look like for the person in this role?\""),
    u("Thank you, those are good.", ACC),
]))

SESSIONS.append(dict(fmt="B", file="20260614_162718_0f9d3b.jsonl", start="2026-06-14T16:27:18", platform="telegram",
                     turns=[
    u("Can you translate this into Polish for my babcia: 'Happy 80th birthday Babcia! We love you and can't wait to see "
      "you in August. Love, Tomek and Hannah'", PLAIN),
    a("Wszystkiego najlepszego z okazji 80. urodzin, Babciu! Kochamy Cię i nie możemy się doczekać, aż zobaczymy się w "
      "sierpniu. Ściskamy, Tomek i Hania\n\nWould you like a more formal version, or one with a traditional wish like "
      "'Sto lat'?"),
    u("no that's perfect as it is, she'd laugh at me if it was formal 😄", DEC),
    a("Then it's ready to send. 'Hania' is the affectionate Polish form of Hannah; she'll like that."),
    u("how do I say 'we miss you' to add at the end", FUP),
    a("There are a few ways, depending on nuance:\n\n- *Tęsknimy za Tobą*: the standard, warm phrase.\n- *Brakuje nam "
      "Ciebie*: literally 'we lack you', a bit more emotional.\n- *Bardzo za Tobą tęsknimy*: 'we miss you very much'.\n"
      "\nNote that *Tobą* is the instrumental case of *Ty*, which *tęsknić za* requires, and it's capitalised in letters "
      "as a sign of respect."),
    u("just the one I'd actually write on her card", NAR),
    a("*Bardzo za Tobą tęsknimy!*"),
    u("dziękuję! 😄", ACC),
]))

# =========================================================================== format C

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-09.jsonl", id="20260608_061204_3da8e1",
                     start="2026-06-08T06:12:04", platform="cli", title="Flour reorder formula", turns=[
    u("In Google Sheets I have flour stock in column B (kg) and daily usage in C. I want column D to say REORDER when "
      "there's less than 3 days left. Formula?", PLAIN),
    a("Is C the amount used on that particular day, or a daily average?"),
    u("daily average, I update it every Monday", CLAR),
    a("The most robust way is a small Apps Script that runs each morning:\n\n```javascript\nfunction flagReorders() {\n"
      "  const sh = SpreadsheetApp.getActive().getSheetByName('Stock');\n  const rows = sh.getRange(2, 2, sh.getLastRow()"
      " - 1, 2).getValues();\n  const out = rows.map(([stock, use]) => [use && stock / use < 3 ? 'REORDER' : '']);\n  "
      "sh.getRange(2, 4, out.length, 1).setValues(out);\n}\n```\n\nThen add a time-driven trigger under Extensions › "
      "Apps Script › Triggers."),
    u("I don't want a script, just a cell formula I can drag down", REJ),
    a("In D2, then drag down:\n\n`=IF(AND(C2>0, B2<3*C2), \"REORDER\", \"\")`"),
    u("Works. Can it go red too?", FUP),
    a("Select column D › Format › Conditional formatting › 'Text is exactly' › `REORDER` › pick a red fill."),
    u("done, ta", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-09.jsonl", id="20260608_143350_b71f0c",
                     start="2026-06-08T14:33:50", platform="cli", title="Deferring the State Pension", turns=[
    u("Good afternoon. I am 66 and have just received a letter saying I can defer my State Pension. I do not really "
      "understand what that means. Could you explain it simply, please?", PLAIN),
    a("Deferring means choosing to start your State Pension later than you're entitled to. In exchange, the weekly "
      "amount goes up when you do start. Under the current rules, it increases by 1% for every 9 weeks you put it "
      "off, which works out at just under 5.8% for each full year. You don't have to apply to defer: if you don't "
      "claim, it is deferred automatically.\n\nWhether it's worth it depends on your health, your other income and "
      "tax. Deferring can make sense if you're still working, because the pension would be taxed on top of your "
      "wages. The extra is paid for the rest of your life, but it takes many years to 'win back' the payments you "
      "skipped. You can't pass the extra amount on to a husband or wife in most cases, and if you get certain "
      "benefits, deferring may not increase your income at all."),
    u("That is a lot of paragraphs for me. Could you put the main points in three or four short numbered lines "
      "instead?", INS),
    a("1. Deferring means starting your pension later.\n2. Each year you wait adds about 5.8% to it, for life.\n3. It "
      "is usually worth it only if you don't need the money now, for example if you are still working.\n4. If you "
      "receive benefits, check with the Pension Service first."),
    u("Thank you, that is clear. So if I do nothing at all, what happens?", FUP),
    a("Nothing bad: your pension simply isn't paid yet, and it keeps growing. Whenever you decide you want it, you "
      "ring the Pension Service or claim online, and it starts from then at the higher rate."),
    u("I see. I shall talk it over with my son at the weekend. Thank you for your patience.", ACC),
    a("You're very welcome. It's a good thing to talk through with him."),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-09.jsonl", id="20260609_201512_5c3aa7",
                     start="2026-06-09T20:15:12", platform="cli", title="Quiet co-host in Audacity", turns=[
    u("I record a little podcast about local history with my friend over Zoom. Her voice is always much quieter than "
      "mine in the recording. How do I fix that in Audacity without it sounding weird?", PLAIN),
    a("Select the whole track and apply Effect › Volume and Compression › Compressor with threshold −20 dB, ratio 3:1, "
      "attack 0.2 s, release 1 s, and 'Make-up gain' ticked. That squeezes loud and quiet parts closer together. Then "
      "run Effect › Loudness Normalization to −16 LUFS so the whole episode sits at podcast level."),
    u("that's better, her voice is up, but now there's a hum under her bits that you can hear when she talks", PART),
    a("The compressor lifted her background noise along with her voice. Before compressing:\n\n1. Find a second or two "
      "where nobody talks, select it, Effect › Noise Removal and Repair › Noise Reduction › 'Get Noise Profile'.\n2. "
      "Select the whole track, open Noise Reduction again, set reduction to 6–10 dB, and apply.\n3. Then do the "
      "compressor and loudness steps as before.\n\nGo gently: above about 12 dB voices start to sound watery."),
    u("oh that's so much cleaner. thanks!", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-13.jsonl", id="20260611_221907_e6c204",
                     start="2026-06-11T22:19:07", platform="cli", title="High nitrates", turns=[
    u("nitrates in my 60l tank are at 80ppm, i do 20% water change every 2 weeks. fish are 6 neon tetras and a "
      "betta. hw bad is that", PLAIN),
    a("80 ppm is high. Neons and bettas are happiest under about 20–40 ppm; at 80 they're stressed and more prone to "
      "disease, although it isn't an emergency overnight. Bring it down over a few days rather than all at once, and "
      "test your tap water too: sometimes it's the source."),
    u("how many changes and how big", FUP),
    a("There are several ways to tackle it long term. Live plants such as hornwort or water sprite absorb nitrate "
      "directly. A nitrate-removing resin in the filter can help, and an RO unit will give you nitrate-free water if "
      "your tap water is the problem. Reducing feeding, vacuuming the gravel and rinsing the filter media in tank "
      "water all cut the amount of waste that turns into nitrate. Some keepers also use denitrifying media or a "
      "sulphur reactor, though those are more for big tanks."),
    u("just the water changes pls, how much and how often", NAR),
    a("This week: 30% every other day, three times (temperature-matched, dechlorinated). Test again after. Then 25% "
      "every week instead of 20% every two weeks. Want tips on checking how accurate your test kit is?"),
    u("nah i trust the strips. starting tonight", DEC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-13.jsonl", id="20260612_163344_12b9f8",
                     start="2026-06-12T16:33:44", platform="cli", title="Opening vs e4", turns=[
    u("whats a good opening for black vs e4 thats not super theory heavy, im like 1100 on chess.com", PLAIN),
    a("The Najdorf Sicilian (1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6) is a great choice: it's flexible, "
      "leads to rich, unbalanced positions, and was the favourite of Fischer and Kasparov."),
    u("najdorf is literally the most theory heavy thing ever lmao", EXP),
    a("Fair point. The Caro-Kann (1.e4 c6) is much lighter on theory: solid pawn structure, the ideas repeat, and "
      "you can get by knowing the main plans rather than long lines."),
    u("hmm caro kann is kinda boring tho, got anything more aggressive", INS),
    a("The Scandinavian (1.e4 d5). You hit the centre on move one, the lines are short (2.exd5 Qxd5 3.Nc3 Qa5 is "
      "most of what you need), and the positions are active without needing to memorise much."),
    u("ooh ok ill try the scandi, ty", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-13.jsonl", id="20260613_090211_a4d571",
                     start="2026-06-13T09:02:11", platform="cli", title="CV bullet points", turns=[
    u("Please rewrite this CV bullet so it sounds stronger: 'Was responsible for the till and cashing up at the end of "
      "the day.' It's for a retail supervisor job.", PLAIN),
    a("\"Managed daily cash handling and end-of-day reconciliation for takings averaging £3,000, with zero "
      "discrepancies over two years.\""),
    u("Stronger, yes, but I never said £3,000 or zero discrepancies. I can't put figures on my CV that I can't back "
      "up.", PART),
    a("\"Handled the till and end-of-day cashing up, reconciling takings against receipts and reporting any "
      "discrepancies to the store manager.\""),
    u("That's good. Now this one: 'Helped train new staff.'", NEW),
    a("\"Trained new starters on till procedures, stock rotation and customer service standards.\""),
    u("Excellent, thank you.", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-18.jsonl", id="20260616_194015_88f3c2",
                     start="2026-06-16T19:40:15", platform="cli", title="Fishing village NPCs", turns=[
    u("running a D&D one-shot on saturday set in a foggy fishing village 🐟 need 6 NPC names with one-line "
      "personalities", PLAIN),
    a("1. **Marla Skeet**: harbourmaster, counts every boat twice and trusts none of them.\n2. **Old Tobiah Wren**: "
      "net-mender who talks to the fog like an old friend.\n3. **Pell Harrow**: innkeeper, cheerful, waters down "
      "everything.\n4. **Sister Agathe**: lighthouse keeper-priest, hasn't slept in years.\n5. **Jory Fennick**: "
      "twelve-year-old smuggler's lookout with a very loud whistle.\n6. **Hesper Vane**: widow who buys every strange "
      "thing the nets bring up."),
    u("love these!! can you give Marla a secret too? something the players can find out", FUP),
    a("Marla keeps a second ledger: every boat that sailed into the fog and didn't come back, and the name of whoever "
      "paid her to let it leave that night. The last entry is this week's."),
    u("perfect 😈", ACC),
    a("Let them find the ledger late in the session for maximum dread."),
    u("ok last thing, a short rhyme the village kids sing about the fog. 4 lines", NEW),
    a("When the grey comes rolling in,\nshut the shutters, tie them thin,\ncount the boats and count them twice,\nthe "
      "fog won't ask, the fog's not nice.\nWhen the bell rings under sea,\nhide your lamp and come to me,\none for the "
      "net and one for the deep,\nand one for the fog to keep."),
    u("4 lines 😅", ECHO),
    a("Count the boats and count them twice,\nthe fog won't ask, the fog's not nice,\none for the net and one for the "
      "deep,\nand one for the fog to keep."),
    u("yesss creepy, done", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-18.jsonl", id="20260617_110622_3f0e9b",
                     start="2026-06-17T11:06:22", platform="cli", title="Delayed flight to Palma", turns=[
    u("My flight from Manchester to Palma on 2 June was delayed 4 hours 10 minutes due to 'crew availability'. Am I "
      "entitled to compensation, and how much?", PLAIN),
    a("Yes. Crew shortages count as within the airline's control, so under UK261 a delay of more than 3 hours on "
      "arrival entitles you to compensation. For flights under 1,500 km the amount is £220 per passenger."),
    u("Manchester to Palma is more than 1,500 km, isn't it? I believe that puts it in the higher band.", EXP),
    t("web_search", {"query": "Manchester to Palma de Mallorca flight distance km"},
      {"results": [{"title": "MAN to PMI distance", "url": "https://www.airmilescalculator.com/distance/man-to-pmi/",
                    "snippet": "The distance between Manchester and Palma de Mallorca is 1,781 km (1,107 miles)."}]}),
    a("You're right: it's about 1,780 km, which falls in the 1,500–3,500 km band. That's **£350 per passenger**."),
    u("Thank you. Could you draft the claim email to the airline?", FUP),
    a("Subject: UK261 compensation claim – flight [number], 2 June 2026\n\nDear Sir or Madam,\n\nI was a passenger on "
      "flight [number] from Manchester to Palma on 2 June 2026, booking reference [ref]. The flight arrived 4 hours "
      "10 minutes late; the reason given was crew availability, which is within the airline's control.\n\nUnder UK261 "
      "I am entitled to £350 compensation for a flight of this distance. Please pay this to the account below within "
      "14 days.\n\nIf I do not receive payment, I will refer my complaint to the CAA and to an ADR scheme without "
      "further notice.\n\nYours faithfully,\n[Name]"),
    u("Please take out the line about going to the CAA. I'd like to give them a chance to reply properly first.", REJ),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-18.jsonl", id="20260618_074455_d20a6f",
                     start="2026-06-18T07:44:55", platform="cli", title="Raised bed soil", turns=[
    u("I'm building two raised beds each one is 2.4 metres long 1.2 wide and 30 centimetres deep how many litres of "
      "soil do I need altogether and roughly how many of those 50 litre bags", PLAIN),
    a("Each bed is 2.4 × 1.2 × 0.3 = 0.864 m³, so the two together need 1.728 m³ of soil."),
    u("and in 50 litre bags?", NAR),
    a("1.728 m³ is 1,728 litres, so **35 bags** of 50 litres (34.6 rounded up). Soil settles, so one or two extra "
      "won't go to waste."),
    u("brilliant and is a bulk bag cheaper", FUP),
    a("Usually, yes. A 1 m³ bulk bag of topsoil and compost mix is often £60–£90 delivered, and you'd need two, "
      "versus 35 bags at £4–£6 each. The catch is the bag gets dropped at the kerb. Want me to look up suppliers near "
      "you?"),
    u("no I'll ring the garden centre on monday, thanks", DEC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-22.jsonl", id="20260620_063810_7e51d4",
                     start="2026-06-20T06:38:10", platform="cli", title="Piano practice time", turns=[
    u("I'm 52 and started piano lessons in January. I get 20 minutes a day before work. How should I split the time?",
      PLAIN),
    a("Do you work from a method book, and does your teacher set you pieces each week?"),
    u("No method book, just the pieces she gives me, two a week at the moment.", CLAR),
    a("A balanced routine:\n\n- 10 min warm-up: five-finger patterns, hands separately\n- 15 min scales and arpeggios "
      "in the week's key\n- 20 min on piece one, slow practice of the hard bars\n- 10 min on piece two\n- 5 min "
      "sight-reading\n\nKeep the hardest work at the start, when you're fresh."),
    u("Lovely routine, but that adds up to an hour. I've got 20 minutes before work.", ECHO),
    a("20 minutes:\n\n- 3 min: scale of the week, hands together, slowly\n- 8 min: the hard bars of piece one\n- 7 "
      "min: piece two\n- 2 min: play something you already know, just for fun\n\nAlternate which piece gets the 8 "
      "minutes each day."),
    u("That's doable. Do I have to use a metronome? I find it stressful.", FUP),
    a("Not all the time. Use it for a couple of minutes on a tricky passage, set really slow, then turn it off. "
      "Counting out loud does much the same job."),
    u("Ok, I'll give it a go with the slow setting.", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-22.jsonl", id="20260621_152207_09c8ea",
                     start="2026-06-21T15:22:07", platform="cli", title="GDP line chart", turns=[
    u("Hi, I am a 2nd year economics student. I have a CSV with GDP data for 30 countries (columns country, year, gdp) "
      "and I need to make a line chart of GDP over time for only 5 countries. I know a little pandas. Kindly help.",
      PLAIN),
    a("```python\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\ndf = pd.read_csv(\"gdp.csv\")\nfor country, "
      "grp in df.groupby(\"country\"):\n    plt.plot(grp[\"year\"], grp[\"gdp\"], label=country)\nplt.legend()\n"
      "plt.xlabel(\"Year\")\nplt.ylabel(\"GDP\")\nplt.show()\n```"),
    u("This is plotting all 30 countries, I need only 5: India, Brazil, Nigeria, Indonesia, Mexico", NAR),
    a("```python\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\nkeep = [\"India\", \"Brazil\", \"Nigeria\", "
      "\"Indonesia\", \"Mexico\"]\ndf = pd.read_csv(\"gdp.csv\")\ndf = df[df[\"country\"].isin(keep)]\nfor country, grp "
      "in df.groupby(\"country\"):\n    plt.plot(grp[\"year\"], grp[\"gdp\"], label=country)\nplt.legend()\n"
      "plt.xlabel(\"Year\")\nplt.ylabel(\"GDP\")\nplt.show()\n```"),
    u("It works, thank you so much! How do I save it as an image for my report?", FUP),
    a("Replace `plt.show()` with `plt.savefig(\"gdp.png\", dpi=200, bbox_inches=\"tight\")`."),
    u("Done 🙏", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-22.jsonl", id="20260622_120430_c6a3d1",
                     start="2026-06-22T12:04:30", platform="cli", title="Family reunion invite", turns=[
    u("Can you write a short invitation for a family reunion? Saturday 8 August, from 1pm, at Auntie June's farm in "
      "Llanfair. Bring a dish to share. Kids welcome, dogs on leads.", PLAIN),
    a("Should it include an RSVP name and a date to reply by?"),
    u("yes, RSVP to me (Gwen) on 07700 900412 by 25 July", CLAR),
    a("**You're invited: the family reunion!**\n\nSunday 8 August, from 1pm\nAuntie June's farm, Llanfair\n\nBring a "
      "dish to share. Kids very welcome; dogs on leads please.\n\nRSVP to Gwen on 07700 900412 by 25 July."),
    u("It's Saturday the 8th, not Sunday!", EXP),
    a("**You're invited: the family reunion!**\n\nSaturday 8 August, from 1pm\nAuntie June's farm, Llanfair\n\nBring a "
      "dish to share. Kids very welcome; dogs on leads please.\n\nRSVP to Gwen on 07700 900412 by 25 July."),
    u("Great. Could you also make a version short enough for a text message?", FUP),
    a("Family reunion! Sat 8 Aug from 1pm at Auntie June's farm, Llanfair. Bring a dish to share, kids welcome, dogs "
      "on leads. RSVP Gwen 07700 900412 by 25 July x"),
    u("ta, sent it to the cousins' group chat", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-27.jsonl", id="20260625_210512_4e9f07",
                     start="2026-06-25T21:05:12", platform="cli", title="Mortgage overpayments", turns=[
    u("Mortgage: £182,000 left, 4.35% fixed, 21 years remaining. If I overpay £200/month, how much interest do I save "
      "and how much sooner is it paid off? Run the numbers properly, don't estimate.", PLAIN),
    t("terminal", {"command": "python3 ~/tmp/mortgage.py --balance 182000 --rate 4.35 --months 252 --extra 0,200"},
      sh("extra=0    payment=1102.86 months=252 interest=95920\nextra=200  payment=1102.86 months=196 "
         "interest=72204")),
    a("I ran it month by month. Your contractual payment is £1,102.86 a month. Without overpaying you'd pay £95,920 "
      "in interest over 252 months. With an extra £200 a month the mortgage is cleared after 196 months, and total "
      "interest comes to £72,204. That means overpaying saves you £23,716 in interest and finishes the mortgage 56 "
      "months, or four years and eight months, sooner than planned."),
    u("Give me that as a small table: months, total interest, and the difference.", INS),
    a("| | Months | Interest |\n|---|---|---|\n| No overpayment | 252 | £95,920 |\n| +£200/month | 196 | £72,204 |\n"
      "| Difference | −56 (4 y 8 m) | −£23,716 |"),
    u("Thanks. My fix ends in 2028 though, and the rate after that is probably ~5.5%. Can you rerun it assuming 4.35% "
      "for 30 months, then 5.5%?", FUP),
    t("terminal", {"command": "python3 ~/tmp/mortgage.py --balance 182000 --rate 4.35 --months 252 --extra 0,200 "
                              "--switch 30 --rate2 5.5"},
      sh("extra=0    payment_after_switch=1207.42 months=252 interest=119133\nextra=200  payment_after_switch=1161.95 "
         "months=202 interest=90978")),
    a("| | Months | Interest |\n|---|---|---|\n| No overpayment | 252 | £119,133 |\n| +£200/month | 202 | £90,978 |\n"
      "| Difference | −50 (4 y 2 m) | −£28,155 |\n\nAfter the switch the lender would recalculate your payment to "
      "£1,207.42 without overpayments, or £1,161.95 (+£200) with them."),
    u("Good, that's useful. Leave it there for now.", ACC),
]))

SESSIONS.append(dict(fmt="C", file="hermes_export_2026-06-27.jsonl", id="20260626_092640_b5f2e3",
                     start="2026-06-26T09:26:40", platform="cli", title="Museum with kids", turns=[
    u("Taking my two (5 and 8) to London for a day in half term. Which museum is best for them?", PLAIN),
    a("The Natural History Museum: dinosaurs, the blue whale and the earthquake room are a hit at both ages, and it's "
      "free. Want me to plan the whole day, with lunch spots and a second stop?"),
    u("no need for a whole day plan. can you just tell me if we need to book tickets and what time to get there to "
      "beat the queue", DEC),
    a("The museum is in South Kensington, a short walk from the Tube through the underpass. Inside, head to the Blue "
      "Zone first for the dinosaurs, as it gets very busy by late morning; the animatronic T. rex can be a bit scary "
      "for five-year-olds, so warn yours first. The Red Zone has the earthquake simulator and the escalator through "
      "the giant globe. There are cafés on the lower ground floor, but they're pricey, so many families bring a "
      "picnic and eat it in the gardens outside. The gift shop is on the way out, so plan your exit! Entry is free, "
      "although booking is recommended."),
    u("I only asked about booking and what time to get there 🙈", ECHO),
    a("Booking: entry is free, but book a free timed slot online the week before; in half term walk-ins can wait an "
      "hour.\n\nTime: book the 10:00 slot and arrive by 9:45. Use the Exhibition Road entrance, which is usually "
      "quicker than Cromwell Road."),
    u("perfect, booked for 10am 👍", ACC),
]))
