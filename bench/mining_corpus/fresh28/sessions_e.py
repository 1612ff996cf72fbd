"""Format E sessions (event log, one session per date). Blind author AC, corpus fresh28."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


def D(text, why):
    return ("d", text, why)


def E(text, context):
    return ("e", text, context)


FORMAT_E = {
    "2026-07-02": {"role": "timmy", "steps": [
        U("plain", "merge all the weekly stat csvs in ~/Stats/weekly into one file"),
        D("Use pandas to concatenate the CSVs", "Handles headers and column alignment robustly"),
        T("terminal", {"command": "pip3 install pandas"}, "Collecting pandas\n  Downloading pandas-2.2.3-cp312-cp312-macosx_11_0_arm64.whl (11.3 MB)\nSuccessfully installed numpy-2.2.4 pandas-2.2.3"),
        T("terminal", {"command": "python3 -c \"import pandas as pd, glob; pd.concat(pd.read_csv(f) for f in sorted(glob.glob('/Users/mike/Stats/weekly/*.csv'))).to_csv('/Users/mike/Stats/all_weeks.csv', index=False)\" && wc -l ~/Stats/all_weeks.csv"}, "79 /Users/mike/Stats/all_weeks.csv"),
        A("Done. I installed pandas and merged the 6 weekly files into ~/Stats/all_weeks.csv (78 rows plus the header)."),
        U("reject_approach", "hey I told you, dont install stuff on my mac. undo the pandas thing and just do it with the shell"),
        T("terminal", {"command": "pip3 uninstall -y pandas numpy && cd ~/Stats/weekly && head -1 week1.csv > ../all_weeks.csv && for f in week*.csv; do tail -n +2 \"$f\" >> ../all_weeks.csv; done && wc -l ../all_weeks.csv"}, "Successfully uninstalled pandas-2.2.3\nSuccessfully uninstalled numpy-2.2.4\n79 ../all_weeks.csv"),
        A("Sorry about that. pandas and numpy are uninstalled, and I rebuilt ~/Stats/all_weeks.csv with plain shell: one header from week1, then the rows from every week. Same 78 rows."),
        U("acceptance", "good. thats all I needed"),
    ]},
    "2026-07-08": {"role": "timmy", "steps": [
        U("plain", "give me a funny name for my fantasy team"),
        A("A few Ohio-flavored options:\n\n1. Buckeye Your Pardon\n2. The Cuyahoga Flames\n3. Skyline Chili Dogs\n4. O-H-I-NO\n5. Cedar Pointless"),
        U("instead", "eh. I want one with my name in it, Kowalski. like a pun on that"),
        A("Kowalski puns:\n\n1. Kowalski Analysis\n2. Kowabunga Dudes\n3. Skowl Patrol\n4. Kowalski's Kountdown to Glory\n5. Holy Kowalski"),
        U("acceptance", "Kowalski Analysis lmao thats the one"),
        A("Perfect for a guy who keeps stat spreadsheets."),
        U("plain", "lol jen says you're the assistant coach now"),
        A("Tell her I'll take the job. I work cheap and I never argue with the refs."),
        U("new_task", "ha. ok last thing, when's the NFL season opener this year"),
        T("web_search", {"query": "NFL 2026 season opener date kickoff game"}, "The 2026 NFL season kicks off Thursday, September 10, 2026, with the defending champion hosting the opener on NBC."),
        A("Thursday, September 10. Your draft is well before that, so you're fine."),
        U("acceptance", "bet"),
    ]},
    "2026-07-14": {"role": "assistant", "steps": [
        U("plain", "write a reminder to parents about physicals. due before first practice nov 3, forms go to the athletic office"),
        A("Sure. Should this go out as an email or a short text?"),
        U("clarify_answer", "email. it goes through the school parent list"),
        A("Subject: Sports Physicals Due Before First Practice (Nov 3)\n\nHi Lancer families,\n\nA reminder that every player needs a current OHSAA physical on file before the first practice on Monday, November 3. No physical, no practice - no exceptions.\n\nPlease turn the completed form in to me at practice or drop it in my mailbox in the PE office.\n\nThanks!\nCoach Kowalski"),
        U("partial", "date's good but the forms go to the athletic office, not me. I don't want those on my desk"),
        A("Subject: Sports Physicals Due Before First Practice (Nov 3)\n\nHi Lancer families,\n\nA reminder that every player needs a current OHSAA physical on file before the first practice on Monday, November 3. No physical, no practice - no exceptions.\n\nPlease turn the completed form in to the athletic office (main building, next to the front desk).\n\nThanks!\nCoach Kowalski"),
        U("acceptance", "ok good"),
    ]},
    "2026-07-20": {"role": "timmy", "steps": [
        U("plain", "ok so the silverado guy wont go below 23,800. kbb says 21-23k private party. help me make an offer, text message"),
        D("Draft the offer as a short text", "Owner asked for a text message to the seller"),
        A("\"Hey, thanks for letting me look at the truck. I'm interested. Would you take $23,800 cash? I can pick it up this weekend.\""),
        U("instead", "I want to open at 21,500 and leave room to go up. not offer him his own number"),
        A("\"Hey, thanks for letting me look at the truck Saturday. I'm interested, but with the rust on the rockers and KBB at 21-23k, I can do $21,500 cash. I can pick it up this weekend.\"\n\nThat leaves you room to meet around 22,500."),
        U("followup", "and if he says no whats my walk away number"),
        A("Walk away above $23,000. That's the top of the KBB range, and the rust means it shouldn't be at the top. If he won't go under that, there are plenty of 2016-2018 Silverados around.\n\nWant me to find a few similar trucks nearby so you have leverage?"),
        U("decline_offer", "nah, I like this one. if he bites at 23 I'm done"),
        A("Fair enough. Good luck."),
    ]},
    "2026-07-26": {"role": "timmy", "steps": [
        U("plain", "make me a list of all my players numbers and positions from roster.csv, sorted by number"),
        T("terminal", {"command": "cat ~/Stats/roster.csv"}, "name,number,position,grade\nMarcus Webb,23,G/F,11\nTyrell Jones,3,G,12\nJake Miller,10,G,12\nDeShawn Carter,2,F,11\nEvan Roth,12,G,12\nCole Bauer,21,F,10\nNate Fisher,44,C,11\nBrody Harmon,5,G,10"),
        A("Roster:\n\n- Brody Harmon - #5, G\n- Cole Bauer - #21, F\n- DeShawn Carter - #2, F\n- Evan Roth - #12, G\n- Jake Miller - #10, G\n- Marcus Webb - #23, G/F\n- Nate Fisher - #44, C\n- Tyrell Jones - #3, G"),
        U("echo", "sorted by number"),
        T("terminal", {"command": "tail -n +2 ~/Stats/roster.csv | sort -t, -k2 | cut -d, -f1-3"}, "Jake Miller,10,G\nEvan Roth,12,G\nDeShawn Carter,2,F\nCole Bauer,21,F\nMarcus Webb,23,G/F\nTyrell Jones,3,G\nNate Fisher,44,C\nBrody Harmon,5,G"),
        A("Sorted by number:\n\n- #10 Jake Miller, G\n- #12 Evan Roth, G\n- #2 DeShawn Carter, F\n- #21 Cole Bauer, F\n- #23 Marcus Webb, G/F\n- #3 Tyrell Jones, G\n- #44 Nate Fisher, C\n- #5 Brody Harmon, G"),
        U("explicit", "thats not right either. 2 and 3 come before 10"),
        T("terminal", {"command": "tail -n +2 ~/Stats/roster.csv | sort -t, -k2 -n | cut -d, -f1-3"}, "DeShawn Carter,2,F\nTyrell Jones,3,G\nBrody Harmon,5,G\nJake Miller,10,G\nEvan Roth,12,G\nCole Bauer,21,F\nMarcus Webb,23,G/F\nNate Fisher,44,C"),
        A("Sorry, that sorted them as text. Numeric order:\n\n- #2 DeShawn Carter, F\n- #3 Tyrell Jones, G\n- #5 Brody Harmon, G\n- #10 Jake Miller, G\n- #12 Evan Roth, G\n- #21 Cole Bauer, F\n- #23 Marcus Webb, G/F\n- #44 Nate Fisher, C"),
        U("acceptance", "👌 that's going on the scorebook sheet"),
    ]},
    "2026-08-01": {"role": "assistant", "steps": [
        U("plain", "find jen a new stand mixer, she's burning out her kitchenaid"),
        T("web_search", {"query": "best stand mixer 2026"}, "Best stand mixers: KitchenAid Artisan 5qt ($449), Cuisinart SM-50 ($249), KitchenAid Classic 4.5qt ($329), Hamilton Beach 7-speed ($129), Smeg 50s Style ($599)..."),
        A("Top-rated stand mixers right now:\n\n1. KitchenAid Artisan 5 qt - $449\n2. Cuisinart SM-50 - $249\n3. KitchenAid Classic 4.5 qt - $329\n4. Hamilton Beach 7-speed - $129\n5. Smeg 50s Style - $599\n\nThe Artisan is the most popular all-rounder."),
        U("repeat_narrow", "she does like 30 loaves a week. she needs something that can handle heavy bread dough, under 1000"),
        T("web_search", {"query": "stand mixer for heavy bread dough high volume under $1000"}, "Ankarsrum Original 7.4qt ($799) - 600W, excels at large batches of stiff dough... KitchenAid Commercial 8qt ($699) - NSF certified, 1.3HP DC motor... Bosch Universal Plus 6.5qt ($449) - 500W, handles up to 14 lbs of dough..."),
        A("For 30 loaves a week:\n\n1. Ankarsrum Original - $799. Built for big batches of stiff dough, motor is in the base, 7 year warranty. Bread bakers swear by it.\n2. KitchenAid Commercial 8 qt - $699. NSF commercial rated, a much tougher motor than her current one.\n3. Bosch Universal Plus - $449. Handles up to 14 lbs of dough, cheapest of the three.\n\nAll three are a real step up from a home KitchenAid for that volume."),
        U("acceptance", "ankarsrum looks legit. sending her the link"),
    ]},
    "2026-08-07": {"role": "timmy", "steps": [
        U("plain", "whats a good press break vs a 2-2-1 full court press"),
        A("How to run a 2-2-1 full-court press:\n\n- Front two: trap the inbound receiver at the free throw line extended, force him to the sideline.\n- Middle two: read the passing lanes, jump anything lobbed over the top.\n- Safety: protect the rim, never get beat deep.\n\nTrap, rotate, and make them throw over the top."),
        U("explicit", "no I need to BREAK it. we're facing it friday"),
        A("Breaking a 2-2-1:\n\n- Inbound to your best ball handler in a corner, with a second guard flashing to the middle.\n- As soon as the trap comes, hit the middle. The 2-2-1 is weakest in the middle, behind the first two.\n- Middle man turns and looks long right away. Wings sprint the sidelines, your big runs the middle to the rim.\n- Never dribble into a corner, and don't pick it up in the trap.\n- If it's gone, attack 3-on-2 at the rim. Don't pull it out and reset."),
        U("followup", "how do I practice it without 5 guys who can press like they do"),
        A("Put 6 or 7 on defense. Your JV guys or the bench plus you and an assistant. If your five can break a press with two extra defenders, Friday feels easy. Also run 10 reps where the defense can only trap, no steals, so your guards learn the timing of the middle pass first."),
        U("acceptance", "7 on 5 is nasty. love it"),
    ]},
    "2026-08-13": {"role": "timmy", "steps": [
        U("plain", "remember jen's bakery market is saturdays 8-12 in Bluffton, I help her set up so I'm not free saturday mornings"),
        T("memory", {"action": "add", "text": "Saturdays 8am-12pm: Jen's Crumb & Co. stand at Bluffton Farmers Market; Mike helps set up, not available Saturday mornings."}, "saved"),
        A("Saved: Saturday mornings 8-12 are blocked for Jen's market in Bluffton."),
        U("new_task", "what's on for this week then"),
        T("memory", {"action": "list"}, "[2026-07-06] Practice this season: weekdays at 3:15 PM (not 3:00).\n[2026-07-20] Brody Harmon out ~2 weeks (ankle), recheck around Aug 3.\n[2026-07-23] Friday starting 5: Marcus, Tyrell, DeShawn, Jake, Cole. (Evan out sick.)\n[2026-08-11] Thu 8/14: team photos 3:15, in uniform.\n[2026-08-11] Fri 8/15: fantasy draft 7 PM at Dale's.\n[2026-08-13] Saturdays 8am-12pm: Jen's market, not available."),
        A("Everything in my notes:\n\n- Practice weekdays at 3:15\n- Brody out ~2 weeks with the ankle, recheck around Aug 3\n- Friday starting 5: Marcus, Tyrell, DeShawn, Jake, Cole (Evan sick)\n- Thu 8/14: team photos at 3:15, in uniform\n- Fri 8/15: fantasy draft at 7 at Dale's\n- Saturdays 8-12: Jen's market"),
        U("repeat_narrow", "just this week. like what's actually happening thursday through saturday"),
        A("This week:\n\n- Thursday 8/14: team photos at 3:15, in uniform\n- Friday 8/15: fantasy draft, 7 PM at Dale's\n- Saturday 8/16: Jen's market in Bluffton, 8-12"),
        U("acceptance", "ok busy week. thanks"),
    ]},
    "2026-08-19": {"role": "assistant", "steps": [
        U("plain", "put next week's practice schedule somewhere I can print. mon-thu 3:15-5:30, friday is a shootaround 3:15-4, saturday scrimmage at Kenton 10am"),
        D("Create an .ics calendar file and import it into Calendar.app", "Calendar can print a week view"),
        T("terminal", {"command": "open ~/Desktop/practice_week.ics"}, ""),
        E("Calendar.app: No calendar accounts configured", "open ~/Desktop/practice_week.ics"),
        A("I created practice_week.ics with all six events and tried to import it into Calendar, but Calendar has no account set up yet. If you add an iCloud or school account, I can import it and you can print the week view with File > Print."),
        U("reject_approach", "I don't use the calendar app. just make a simple table I can print and tape up in the locker room"),
        A("NEXT WEEK - LANCERS BASKETBALL\n\n| Day | Time | What |\n|---|---|---|\n| Mon | 3:15-5:30 | Practice |\n| Tue | 3:15-5:30 | Practice |\n| Wed | 3:15-5:30 | Practice |\n| Thu | 3:15-5:30 | Practice |\n| Fri | 3:15-4:00 | Shootaround |\n| Sat | 10:00 AM | Scrimmage at Kenton |"),
        U("acceptance", "thats it. printing"),
    ]},
    "2026-08-25": {"role": "timmy", "steps": [
        U("plain", "need a message for the parents group: game tonight moved to the JV gym, roof leak in the main gym. still 6pm"),
        A("Subject: Venue Change for Tonight's Game\n\nDear Parents and Guardians,\n\nPlease be advised that due to a roof leak in the main gymnasium, tonight's varsity game has been relocated to the JV gymnasium. The game will still begin at 6:00 PM as originally scheduled.\n\nSeating in the JV gym is limited, so we encourage families to arrive early. We apologize for any inconvenience and appreciate your understanding.\n\nSincerely,\nCoach Kowalski"),
        U("reject_approach", "this is going in the GroupMe, not an email. no subject line, no dear parents"),
        A("Heads up: tonight's game is moved to the JV gym, roof leak in the main gym. Still 6pm. Seating's tight, so come a little early!"),
        U("acceptance", "👍 posted"),
        A("Hope the roof holds out for the rest of the season."),
        U("new_task", "ha me too. hey what's the score from the JV game last night, did they post it"),
        T("web_search", {"query": "Lakeview Lancers JV boys basketball score last night"}, "No results for a JV score from last night. Varsity results listed on MaxPreps; JV games are not reported."),
        A("I couldn't find it. MaxPreps only lists varsity scores and the JV game wasn't posted anywhere I can search. Coach Pratt would be the quickest way to get it."),
        U("acceptance", "yeah I'll text him. thx"),
    ]},
}
