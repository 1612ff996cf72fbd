"""Format B sessions (session_meta line + one message per line). Blind author AC, corpus fresh28."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_B = [
    {"date": "2026-07-12", "time": "14:02:11", "title": "Points per game formula", "platform": "cli", "steps": [
        U("plain", "in google sheets how do I get points per game if column B is total points and C is games played"),
        A("The cleanest way is a small Apps Script macro so it recalculates for the whole roster:\n\n1. Extensions > Apps Script\n2. Paste:\n\nfunction pointsPerGame() {\n  const sh = SpreadsheetApp.getActiveSheet();\n  const rows = sh.getDataRange().getValues();\n  for (let i = 1; i < rows.length; i++) {\n    const g = rows[i][2];\n    sh.getRange(i + 1, 4).setValue(g ? rows[i][1] / g : 0);\n  }\n}\n\n3. Save, click Run, and authorize it.\n\nColumn D will fill with points per game."),
        U("reject_approach", "I'm not doing macros man. just a formula I can drag down"),
        A("In D2:\n\n=IFERROR(B2/C2, 0)\n\nDrag it down the column. The IFERROR keeps a kid with 0 games from showing #DIV/0!."),
        U("followup", "ok and how do I round that to one decimal"),
        A("Wrap it in ROUND:\n\n=IFERROR(ROUND(B2/C2, 1), 0)"),
        U("acceptance", "got it. easy money"),
    ]},
    {"date": "2026-07-13", "time": "20:41:37", "title": "Truck loan payment", "platform": "telegram", "steps": [
        U("plain", "if I finance 22k at 6.9% for 60 months whats the payment"),
        A("Quick check before I run it: is the $22,000 the amount after any down payment or trade-in, or the full price of the truck?"),
        U("clarify_answer", "after. the 22 is what I'd actually borrow, trade in already taken off"),
        A("Borrowing $22,000 at 6.9% APR:\n\nMonthly payment: $525.80\n\nThat's over a 48-month term, which keeps total interest down."),
        U("echo", "60 months"),
        A("Sorry, 60 months:\n\n$22,000 at 6.9% APR for 60 months = $434.59 a month."),
        U("new_task", "and whats the total interest over the whole loan"),
        A("$434.59 x 60 = $26,075.35 paid in total, so $4,075.35 of that is interest."),
        U("acceptance", "oof ok. good to know"),
    ]},
    {"date": "2026-07-14", "time": "06:15:58", "title": "Pre-tryout conditioning plan", "platform": "cli", "steps": [
        U("plain", "give me a 10 day plan to get my guys in shape before tryouts, 45 min a day"),
        A("10-day pre-tryout plan:\n\nDay 1 (45 min): Mile time trial, mobility, core circuit\nDay 2 (45 min): Defensive slides 6x30s, 17s x 4, jump rope\nDay 3 (45 min): Full-court layup lines, 3-man weave, sprints\nDay 4 (45 min): Core + mobility, light shooting\nDay 5 (45 min): Tempo runs 8 x 200m, slides, free throws tired\nDay 6 (90 min): Weight room lower body + court conditioning\nDay 7 (90 min): Full scrimmage + sprint finisher\nDay 8 (90 min): Weight room upper body + defensive slides\nDay 9 (90 min): 5-on-5 with conditioning penalties\nDay 10 (90 min): Mock tryout: mile, 17s, shooting test"),
        U("partial", "days 1-5 are solid. 6 through 10 you got em going 90 min, I said 45 a day"),
        A("Days 6-10 cut to 45:\n\nDay 6 (45 min): 20 min lower-body bodyweight circuit + 25 min court conditioning (suicides x 4, slides)\nDay 7 (45 min): 30 min scrimmage, 15 min sprint finisher\nDay 8 (45 min): 20 min push-ups/pull-ups circuit + 25 min defensive slides and closeouts\nDay 9 (45 min): 35 min 5-on-5 with conditioning penalties, 10 min free throws\nDay 10 (45 min): Mock tryout: mile, 17s, shooting test\n\nDays 1-5 stay as they were."),
        U("acceptance", "good stuff"),
    ]},
    {"date": "2026-07-15", "time": "21:33:20", "title": "Fantasy trade offer", "platform": "telegram", "steps": [
        U("plain", "someone in my league offered me Derrick Henry for Puka Nacua and a bench WR. take it? PPR"),
        A("Could be a fit depending on your roster. Who's the bench WR, and how deep are you at running back?"),
        U("clarify_answer", "bench guy is Jaxon Smith-Njigba. my RBs are thin, just Bijan and a rookie who hasnt done squat"),
        A("I'd lean no as offered, but it's close.\n\n- Puka is a top-10 PPR receiver on targets alone. Henry scores on touchdowns and yards, but he catches very few passes, which hurts him in PPR.\n- Giving up JSN too makes it two startable receivers for one back.\n\nYour RB room is the real problem, though. Counter with Puka for Henry straight up, or JSN plus a bench piece for Henry. If he takes the counter, you've patched RB without gutting your WRs."),
        U("acceptance", "he took puka for henry straight up. pulling the trigger"),
        A("Nice. You kept JSN and fixed your RB2 spot."),
        U("new_task", "ok now write the trash talk message for the group chat lol. the guy is Dale, he's in our league every year and never wins"),
        A("Here you go:\n\n\"Thanks for the Henry donation, Dale. Twelve years in this league and you're still running a charity. Maybe ask your wife to set your lineup this year, she can't do worse. See you in the consolation bracket, buddy.\""),
        U("partial", "lol good but take out the wife part, we're all friends and she'll see it"),
        A("\"Thanks for the Henry donation, Dale. Twelve years in this league and you're still running a charity. See you in the consolation bracket, buddy.\""),
        U("acceptance", "perfect. sent it with a trophy emoji"),
    ]},
    {"date": "2026-07-16", "time": "15:07:42", "title": "Ask AD for main gym", "platform": "cli", "steps": [
        U("plain", "write a quick note to our AD, Tom, asking if we can get the main gym thursday instead of the aux gym. volleyball is done for the season"),
        A("Dear Mr. Reinholt,\n\nI hope this message finds you well. I am writing to formally request a change to our practice facility assignment. With the conclusion of the volleyball season, the main gymnasium appears to have become available, and I believe relocating boys basketball practice from the auxiliary gym to the main gymnasium on Thursday would be of considerable benefit to our program's preparation.\n\nThe main gym allows full-court work at regulation dimensions, which is especially valuable as we approach our non-league schedule. I would of course be happy to coordinate with custodial staff and any other programs that may be affected.\n\nThank you for your consideration of this request. I look forward to your response at your earliest convenience.\n\nRespectfully,\nMichael Kowalski\nHead Boys Basketball Coach"),
        U("explicit", "way too formal. Tom is my buddy, we golf together. 3 lines max"),
        A("Hey Tom - volleyball's wrapped up, so any chance we can grab the main gym Tuesday instead of the aux? Want to get some full-court work in. Thanks man - Mike"),
        U("echo", "thursday"),
        A("Hey Tom - volleyball's wrapped up, so any chance we can grab the main gym Thursday instead of the aux? Want to get some full-court work in. Thanks man - Mike"),
        U("acceptance", "sent it"),
    ]},
    {"date": "2026-07-17", "time": "19:25:16", "title": "Cinnamon roll caption", "platform": "telegram", "steps": [
        U("plain", "jen wants a caption for an insta post of her cinnamon rolls. saturday farmers market in Bluffton, keep it fun"),
        A("\"Warning: these cinnamon rolls may cause spontaneous happy dances. 🕺 Find us Saturday at the Bluffton Farmers Market, 8 till they're gone! #BlufftonEats #CinnamonRolls #FarmersMarket\""),
        U("followup", "love it. give her 2 more options so she can pick"),
        A("Option 2:\n\"Soft, gooey, gluten-free and worth the drive. 🍥 Grab yours Saturday at the Bluffton Farmers Market! #BlufftonOH #ShopLocal\"\n\nOption 3:\n\"Saturday plans: Bluffton Farmers Market. Sunday plans: wishing you'd bought a second dozen. 🥐 #CinnamonRolls #OhioBakes\""),
        U("partial", "#1 and #3 are great. #2 says gluten free, her stuff is NOT gluten free, she cant put that on there"),
        A("Good catch, that claim could get her in trouble. New option 2:\n\n\"Soft, gooey, frosted while they're still warm. 🍥 Grab yours Saturday at the Bluffton Farmers Market! #BlufftonOH #ShopLocal\""),
        U("acceptance", "she picked the new #2. thanks"),
    ]},
    {"date": "2026-07-18", "time": "22:12:48", "title": "Disk almost full", "platform": "cli", "steps": [
        U("plain", "my mac keeps saying disk almost full. whats eating it"),
        T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -hr | head -6 && df -h / | tail -1"}, "214G\t/Users/mike/Film\n 38G\t/Users/mike/Library\n 12G\t/Users/mike/Downloads\n 6.1G\t/Users/mike/Pictures\n 2.3G\t/Users/mike/Documents\n 810M\t/Users/mike/Desktop\n/dev/disk3s1s1  460Gi  447Gi   13Gi  98% /"),
        T("terminal", {"command": "du -sh ~/Film/* | sort -hr"}, "131G\t/Users/mike/Film/2024\n 71G\t/Users/mike/Film/2025\n 12G\t/Users/mike/Film/2026"),
        A("Your game film is the big one: ~/Film takes 214 GB of a 460 GB drive, and 131 GB of that is the 2024 season. Downloads has another 12 GB.\n\nWant me to delete the 2024 film folder to free up 131 GB?"),
        U("decline_offer", "No, don't delete anything, I need that film for recruiting tapes. I'll move it to the external"),
        A("Understood, nothing gets deleted. Plug the external in whenever and I can copy the folder over and check it before you remove anything from the Mac."),
        U("followup", "ok it's plugged in, it's called COACH_EXT. copy the 2024 folder over"),
        T("terminal", {"command": "rsync -a --info=progress2 ~/Film/2024 /Volumes/COACH_EXT/Film/ && du -sh /Volumes/COACH_EXT/Film/2024"}, "131G /Volumes/COACH_EXT/Film/2024"),
        A("Copied. /Volumes/COACH_EXT/Film/2024 is 131 GB, same as the original. Once you've opened a couple of the files from the external to be sure, you can delete ~/Film/2024 yourself."),
        U("acceptance", "sweet, I'll check a couple tonight"),
    ]},
    {"date": "2026-07-19", "time": "10:48:30", "title": "Hotel for regional", "platform": "telegram", "steps": [
        U("plain", "find me a hotel near Dayton for the regional. 12 players + 3 coaches, night of march 6"),
        T("web_search", {"query": "hotels downtown Dayton Ohio group rates March 6"}, "Dayton Marriott at University of Dayton - from $289/night... AC Hotel Dayton - from $245/night... Hilton Garden Inn Dayton Beavercreek - from $199/night..."),
        A("Options near the arena for March 6:\n\n1. Dayton Marriott at University of Dayton - from $289/night, close to UD Arena\n2. AC Hotel Dayton - from $245/night, downtown, walkable to restaurants\n3. Hilton Garden Inn Beavercreek - from $199/night, 15 minutes out\n\nFor 15 people you'd want about 5 rooms (3 per room for players, coaches in their own). The Marriott is the most convenient for game day."),
        U("repeat_narrow", "under 120 a room. we're a public school lol"),
        T("web_search", {"query": "Dayton Ohio hotels under $120 group rate Huber Heights Fairborn"}, "Hampton Inn Dayton/Huber Heights - $109/night, free breakfast... Holiday Inn Express Fairborn - $114/night, indoor pool... Quality Inn Dayton - $89/night, mixed reviews..."),
        A("Under $120:\n\n1. Hampton Inn Huber Heights - $109, free hot breakfast (saves you a team meal), about 15 min to UD Arena\n2. Holiday Inn Express Fairborn - $114, indoor pool, 20 min\n3. Quality Inn Dayton - $89, cheapest but the reviews are rough\n\nI'd go Hampton: 5 rooms is about $545 plus tax, and breakfast is covered. Ask for a group/school rate, they'll usually knock off 10%."),
        U("acceptance", "hampton inn it is"),
    ]},
    {"date": "2026-07-20", "time": "16:20:05", "title": "Practice time from notes", "platform": "cli", "steps": [
        U("plain", "what did I tell you about practice times this year"),
        T("memory", {"action": "search", "query": "practice time"}, "[2026-07-06] Practice this season: weekdays at 3:15 PM (not 3:00)."),
        A("You told me practice is on weekdays at 3:00 PM this season."),
        U("explicit", "no, 3:15. its literally in your notes"),
        A("You're right, my mistake. The note says weekdays at 3:15 PM, not 3:00."),
        U("new_task", "ok also remember Brody's out 2 weeks, ankle. rolled it in open gym"),
        T("memory", {"action": "add", "text": "Brody Harmon out ~2 weeks (ankle, rolled in open gym), from 2026-07-20; recheck around Aug 3."}, "saved"),
        A("Saved: Brody's out about two weeks with the ankle, back around August 3."),
        U("acceptance", "👍"),
    ]},
    {"date": "2026-07-21", "time": "08:05:51", "title": "Fitness unit rubric", "platform": "telegram", "steps": [
        U("plain", "need a rubric for grading the freshmen on the fitness unit"),
        A("Fitness Unit Rubric (100 points):\n\n| Test | A (25) | B (20) | C (15) | D (10) |\n|---|---|---|---|---|\n| Mile run | under 7:30 | 7:30-8:59 | 9:00-10:59 | 11:00+ |\n| Push-ups (1 min) | 35+ | 25-34 | 15-24 | under 15 |\n| Sit-ups (1 min) | 45+ | 35-44 | 25-34 | under 25 |\n| Sit and reach | 12 in+ | 9-11 in | 6-8 in | under 6 in |\n\nScores are based on the pre-set fitness standards for 14-15 year olds."),
        U("instead", "I want it based on effort and improvement, not raw times. some of these kids have never run a mile in their life"),
        A("Effort and improvement rubric (100 points):\n\n| Category | 25 | 20 | 15 | 10 |\n|---|---|---|---|---|\n| Improvement (pre vs post test) | improved on 3-4 tests | improved on 2 | improved on 1 | no improvement |\n| Daily effort | always working, no reminders | usually working | needs reminders | regularly sits out |\n| Goal setting | set goals and tracked them weekly | set goals, tracked some weeks | set goals only | no goals |\n| Sportsmanship | encourages others | respectful | occasional issues | frequent issues |\n\nA kid who walks the mile in 14:00 in week 1 and jogs it in 12:30 in week 6 gets full improvement credit."),
        U("followup", "add a row for dressing out. that's a big one for me"),
        A("Added as a fifth row, and I rescaled to 100:\n\n| Category | 20 | 16 | 12 | 8 |\n|---|---|---|---|---|\n| Improvement | improved on 3-4 tests | 2 | 1 | none |\n| Daily effort | always working | usually | needs reminders | sits out |\n| Goal setting | tracked weekly | some weeks | set only | none |\n| Sportsmanship | encourages others | respectful | occasional issues | frequent issues |\n| Dressing out | every day | missed 1-2 | missed 3-4 | missed 5+ |"),
        U("acceptance", "perfect. thats going in the syllabus"),
    ]},
    {"date": "2026-07-22", "time": "17:44:14", "title": "Silverado inspection checklist", "platform": "cli", "steps": [
        U("plain", "ok so going to look at the silverado saturday. what should I check"),
        A("Honestly, the best approach is not to inspect it yourself. Call a Chevy dealer service department and book a full pre-purchase inspection (usually $200-250). Have the seller drive it there. A tech on a lift will catch frame rust, leaks and codes you can't see in a driveway. If the seller refuses, that tells you something too."),
        U("reject_approach", "its a private sale in the guys driveway, that's not happening. give me stuff I can check myself in like 20 min"),
        A("DIY inspection checklist:\n\nExterior: 1. Rocker panels 2. Cab corners 3. Wheel wells 4. Bed floor 5. Tailgate hinges 6. Panel gaps 7. Paint overspray 8. Glass chips 9. Lights 10. Tire tread 11. Tire brand match 12. Spare tire\nUnderneath: 13. Frame rails 14. Brake lines 15. Fuel lines 16. Exhaust 17. Oil leaks 18. Transmission leaks 19. Diff leaks 20. Ball joints 21. Tie rods 22. Shocks\nEngine: 23. Oil color 24. Coolant 25. Trans fluid 26. Belts 27. Hoses 28. Battery date 29. Cold start 30. Lifter tick 31. Exhaust smoke\nInterior: 32. Dash lights 33. AC 34. Heat 35. Windows 36. 4x4 engages 37. Seats 38. Smell 39. Radio 40. Title/VIN match"),
        U("partial", "ok this is the right idea but its 40 things, I'm not doing all that in a guys driveway. top 10"),
        A("Top 10 for a 20-minute driveway look:\n\n1. Cold start: make him leave it off till you get there. Listen for lifter tick on the 5.3.\n2. Frame rails and brake lines underneath, with a flashlight. Flaky rust is a walk-away.\n3. Rocker panels and cab corners (you already know they have some, see how bad).\n4. Oil: milky = walk away.\n5. Trans fluid: red and not burnt-smelling.\n6. 4x4: shift into 4HI and 4LO on the test drive.\n7. Drips under it after the drive.\n8. Dash: no check engine or traction lights.\n9. Tires: even wear (uneven means alignment or suspension).\n10. Title name matches his ID, VIN on the title matches the dash."),
        U("acceptance", "printing it. thanks timmy"),
    ]},
    {"date": "2026-07-23", "time": "13:36:27", "title": "Intramural sign up sheet", "platform": "telegram", "steps": [
        U("plain", "make me a sign up sheet for the intramural 3v3 tournament at lunch"),
        A("Easiest is a Google Form:\n\n1. Go to forms.google.com and start a blank form titled \"Lunch 3v3 Tournament Sign-Up\"\n2. Add questions: Team name (short answer), Captain email (short answer), Player 2, Player 3, Sub (optional)\n3. Settings > Responses: collect email addresses, limit to 1 response\n4. Send the link to students through Classroom\n\nResponses land in a spreadsheet automatically."),
        U("reject_approach", "kids aren't allowed on google forms at our school. paper. just a printable sheet I can tape to the office door"),
        A("Printable version:\n\nLUNCH 3v3 TOURNAMENT - SIGN UP\nSign up by Friday. Max 16 teams.\n\n| # | Team name | Player 1 (captain) | Player 2 | Player 3 | Captain email |\n|---|---|---|---|---|---|\n| 1 | | | | | |\n| 2 | | | | | |\n| ... | | | | | |\n| 16 | | | | | |"),
        U("partial", "better but drop the email column, they're 14. and put a grade column in so I can keep freshmen away from the seniors"),
        A("LUNCH 3v3 TOURNAMENT - SIGN UP\nSign up by Friday. Max 16 teams.\n\n| # | Team name | Player 1 (captain) | Player 2 | Player 3 | Grade |\n|---|---|---|---|---|---|\n| 1 | | | | | |\n| 2 | | | | | |\n| ... | | | | | |\n| 16 | | | | | |\n\nIf a team has mixed grades, have them write the oldest player's grade."),
        U("acceptance", "solid. printing 2"),
    ]},
    {"date": "2026-07-24", "time": "06:50:12", "title": "Kenton scrimmage time", "platform": "cli", "steps": [
        U("plain", "hey can you look up what time the Kenton scrimmage is saturday"),
        T("web_search", {"query": "Kenton Wildcats scrimmage Saturday schedule"}, "Kenton Wildcats Athletics - Saturday: Girls Basketball scrimmage vs. Ada, 9:00 AM... Boys JV scrimmage vs. Lakeview, 10:00 AM; Boys Varsity scrimmage vs. Lakeview, 11:15 AM..."),
        A("Kenton's site has the scrimmage Saturday at 9:00 AM, against Ada."),
        U("echo", "boys. the boys scrimmage, against us"),
        A("Boys scrimmage vs. Lakeview is at 10:00 AM Saturday at Kenton."),
        U("partial", "ok that's the JV one. varsity"),
    ]},
]
