"""Hand-written sessions of the `fresh3` corpus, format E: plain chat log JSONL, one session per file (data only; see sessions_fresh3.py)."""


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
