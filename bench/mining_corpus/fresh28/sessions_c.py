"""Format C sessions (hermes exports, 3 sessions per file). Blind author AC, corpus fresh28."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_C = {
    "2026-07-03": [
        {"time": "12:40:00", "title": "Assists per game", "steps": [
            U("plain", "who's leading the team in assists per game"),
            T("terminal", {"command": "ls ~/Stats"}, "game_log.csv\nseason_totals.csv\nroster.csv"),
            A("There are two stat files in ~/Stats: game_log.csv and season_totals.csv. Which one do you want me to use?"),
            U("clarify_answer", "season totals, the game log is a mess"),
            T("terminal", {"command": "sort -t, -k6 -nr ~/Stats/season_totals.csv | head -4 | cut -d, -f1,2,6"}, "Jake Miller,14,62\nEvan Roth,11,49\nTyrell Jones,14,41\nMarcus Webb,14,38"),
            A("Assist leaders:\n\n1. Jake Miller - 62\n2. Evan Roth - 49\n3. Tyrell Jones - 41\n4. Marcus Webb - 38"),
            U("repeat_narrow", "per game. Evan missed 3 games with the flu"),
            T("terminal", {"command": "awk -F, 'NR>1 && $2>0 {printf \"%s,%.1f\\n\", $1, $6/$2}' ~/Stats/season_totals.csv | sort -t, -k2 -nr | head -4"}, "Evan Roth,4.5\nJake Miller,4.4\nTyrell Jones,2.9\nMarcus Webb,2.7"),
            A("Per game (assists / games played):\n\n1. Evan Roth - 4.5 (49 in 11 games)\n2. Jake Miller - 4.4 (62 in 14 games)\n3. Tyrell Jones - 2.9\n4. Marcus Webb - 2.7\n\nSo Evan actually edges Jake once you account for the three games he missed."),
            U("acceptance", "huh. didnt expect that. good"),
        ]},
        {"time": "15:52:30", "title": "Snow day text to team", "steps": [
            U("plain", "remind the guys practice is cancelled today, snow day. they should do the lift at home"),
            A("❄️🏀 ATTENTION LANCERS 🏀❄️\n\nMother Nature called a timeout today, so practice is officially CANCELLED! 🚫⛹️\n\nBut don't get comfortable on that couch! 💪 Champions are made when nobody's watching. Please complete the at-home lift sheet (it's in the team Google Drive under Conditioning > Home Program). That's 3 rounds of: 20 squats, 15 push-ups, 20 lunges, 30-second plank, 10 burpees.\n\nStay warm, stay safe, hydrate, and we'll see you tomorrow ready to WORK! 🔥🔥\n\n#LancerNation #NoDaysOff"),
            U("instead", "just want something like 'no practice today, snow. do the home lift sheet. stay off the roads' in my voice. I'm not an emoji guy"),
            A("No practice today, snow. Do the home lift sheet, all 3 rounds. Stay off the roads. See you tomorrow. - Coach K"),
            U("acceptance", "sent"),
        ]},
        {"time": "21:15:44", "title": "Waiver wire pickup", "steps": [
            U("plain", "need a waiver pickup this week, my WR3 got hurt"),
            A("Happy to help. Who's on your roster right now, and what's your league's scoring?"),
            U("clarify_answer", "PPR. QB Goff, RB Bijan Henry, WR Puka JSN and Meyers is the one who got hurt, TE Kelce, bench is a rookie RB, Rashid Shaheed, and the Steelers D"),
            T("web_search", {"query": "fantasy football week waiver wire PPR wide receivers top adds"}, "Top PPR WR waiver adds: Jalen McMillan (TB) - 9 targets last week, 38% rostered... Wan'Dale Robinson (NYG) - 11 targets, 52% rostered..."),
            A("In PPR I'd grab Wan'Dale Robinson if he's out there. He's seeing 10+ targets a game as a slot receiver, which is exactly what PPR pays for. If he's gone, Jalen McMillan is the next best target share."),
            U("followup", "and who do I drop for him"),
            A("Drop the rookie RB. He hasn't produced and you've got Bijan and Henry locked in. Shaheed is boom-or-bust but has more upside as a bye-week fill-in."),
            U("acceptance", "done. wan'dale is mine"),
        ]},
    ],
    "2026-07-09": [
        {"time": "18:05:10", "title": "Bakery June revenue", "steps": [
            U("plain", "Jen has her orders in a csv, ~/Documents/bakery/orders_june.csv. whats total revenue for june"),
            T("terminal", {"command": "head -4 ~/Documents/bakery/orders_june.csv"}, "date,item,qty,unit_price\n2026-06-01,sourdough,12,9.00\n2026-06-01,cinnamon rolls (6),5,15.00\n2026-06-03,banana bread,4,11.00"),
            T("terminal", {"command": "awk -F, 'NR>1 {s+=$3} END {print s}' ~/Documents/bakery/orders_june.csv"}, "418"),
            A("Jen's total for June is 418."),
            U("explicit", "thats the number of items, not money. I need dollars"),
            T("terminal", {"command": "awk -F, 'NR>1 {s+=$3*$4} END {printf \"%.2f\\n\", s}' ~/Documents/bakery/orders_june.csv"}, "4212.00"),
            A("Sorry, that was the item count (418 items). June revenue in dollars is $4,212.00 (quantity times unit price, summed)."),
            U("new_task", "nice. whats her best selling item"),
            T("terminal", {"command": "awk -F, 'NR>1 {q[$2]+=$3; r[$2]+=$3*$4} END {for (i in q) printf \"%s,%d,%.2f\\n\", i, q[i], r[i]}' ~/Documents/bakery/orders_june.csv | sort -t, -k2 -nr"}, "sourdough,198,1782.00\ncinnamon rolls (6),104,1560.00\nbanana bread,71,781.00\ncookies (dozen),45,89.00"),
            A("By units, sourdough: 198 loaves for $1,782. By money it's still sourdough, but the cinnamon roll 6-packs are close at $1,560 on only 104 sold.\n\nOne thing looks off: cookies show 45 dozen for $89 total, so some unit prices in that column are probably per-cookie. Worth a look."),
            U("acceptance", "ha yeah she changed how she entered cookies halfway. I'll tell her. thanks"),
        ]},
        {"time": "19:30:27", "title": "Baseline out of bounds plays", "steps": [
            U("plain", "I need 3 baseline out of bounds plays vs man"),
            A("Three BLOB sets for attacking a zone:\n\n1. Box Overload: overload the short corner, the 2-3's bottom defender has to pick who to guard.\n2. Zone Seam: inbounder skips to the wing, quick pass into the middle seam between the top and bottom of the zone.\n3. Corner Lob: guard fakes to the corner, big flashes behind the back line of the zone for a lob."),
            U("echo", "vs man. they play man the whole game"),
            A("Against man:\n\n1. Box Stack: four in a box. Top two screen down, bottom two pop out. First look is the shooter curling off the down screen.\n2. Line: all four in a line at the elbow. Break in four directions on the slap, back guy rolls to the rim.\n3. Big Screen: your big sets a back screen on the man guarding your best shooter, who cuts to the rim; big pops to the short corner as the safety."),
            U("partial", "1 and 2 are good. 3 needs our big to set a real screen and Nate can't screen to save his life. swap it for something with the guards"),
            A("Swap for play 3:\n\n3. Guard Stagger: two guards set a staggered screen for Marcus on the weak side. He comes off both for a catch-and-shoot at the wing. Nate just spaces to the opposite block, no screening, and crashes if it goes up."),
            U("acceptance", "ok we'll run these thursday"),
        ]},
        {"time": "21:44:12", "title": "Insurance on the truck", "steps": [
            U("plain", "how much more would insurance be on a truck vs my camry, roughly"),
            A("Do you want me to look up Ohio averages for a 2017 Silverado vs. your Camry, or just ballpark it?"),
            U("decline_offer", "nah, just ballpark it"),
            A("Roughly $1,200-$2,000 a year to insure a full-size pickup like a 2017 Silverado, depending on your record and coverage."),
            U("echo", "more than my camry. how much MORE"),
            A("Ballpark, about $200-$400 a year more than the Camry, so $15-$35 a month. Trucks cost more to repair, but a 2017 with a good driver isn't a big jump. Add about $100 a year if you keep full coverage because of the loan."),
            U("acceptance", "ok thats fine, not a dealbreaker"),
        ]},
    ],
    "2026-07-15": [
        {"time": "07:58:41", "title": "Recruiter email for Marcus", "steps": [
            U("plain", "draft an email to the coach at Findlay about Marcus. 6'4 wing, 17 ppg, 3.6 gpa, class of 2027"),
            A("Subject: Prospective Student-Athlete - Marcus Webb, Class of 2027\n\nCoach,\n\nMy name is Marcus Webb and I'm a 6'4\" wing at Lakeview High School in Ohio. This season I'm averaging 17 points per game and I carry a 3.6 GPA. I've always admired the University of Findlay's program and I'd love the chance to play for you.\n\nI'd be grateful if you could come see me play or let me know about any camps.\n\nThank you,\nMarcus Webb"),
            U("explicit", "this is written like Marcus is sending it. it's from me, his coach"),
            A("Subject: Marcus Webb - 6'4\" Wing, Class of 2027, Lakeview HS\n\nCoach,\n\nI'm Mike Kowalski, head boys basketball coach at Lakeview High School. I want to put one of my players on your radar: Marcus Webb, a 6'4\" wing in the class of 2027.\n\nMarcus is averaging 17 points a game, guards multiple positions and carries a 3.6 GPA. He's a great kid and a coachable one.\n\nI'd be glad to send film or set up a time for you to see him play. Our schedule is on the school site.\n\nThanks,\nMike Kowalski\nHead Boys Basketball Coach, Lakeview HS"),
            U("followup", "add his highlight link, hudl.com/v/marcus-w-2026"),
            A("Added after the stats paragraph:\n\nHis highlights are here: hudl.com/v/marcus-w-2026\n\nThe rest stays the same."),
            U("acceptance", "good. sending it tonight"),
        ]},
        {"time": "11:20:55", "title": "Dodgeball replacements", "steps": [
            U("plain", "admin banned dodgeball. give me 5 games that are just as fun for middle schoolers"),
            A("Five replacements:\n\n1. Capture the Flag: two teams, pinnies, tag = back to your side.\n2. Bombardment: two teams on either side of the center line throwing foam balls; hit someone and they're out.\n3. Sharks and Minnows: classic tag across the gym.\n4. Pin Guard: each team defends bowling pins with a rolled ball.\n5. Ultimate Frisbee (indoor): no running with the disc, score in the end zone."),
            U("partial", "the rest are good but bombardment is just dodgeball with a different name. they'll catch that. swap it"),
            A("Swap for #2:\n\n2. Castle Ball: each team protects a \"castle\" (a cone with a ball balanced on top) inside a hula hoop zone. Roll or throw foam balls to knock over the other team's castles. No one gets hit, no one sits out."),
            U("acceptance", "castle ball works. kids will love that"),
        ]},
        {"time": "16:02:33", "title": "Weekly stats backup", "steps": [
            U("plain", "make a backup of my Stats folder to the external every friday"),
            A("For automatic weekly backups, I'd recommend signing up for Backblaze Personal Backup ($9/month). It runs in the background, keeps old versions, and you can restore from anywhere. Download it at backblaze.com and select ~/Stats in the settings."),
            U("reject_approach", "not paying for another subscription. just copy it over with a script or whatever"),
            T("terminal", {"command": "(crontab -l 2>/dev/null; echo '0 17 * * 5 rsync -a ~/Stats/ /Volumes/COACH_EXT/Backups/Stats/') | crontab - && crontab -l"}, "0 17 * * 5 rsync -a ~/Stats/ /Volumes/COACH_EXT/Backups/Stats/"),
            A("Done. Every Friday at 5:00 PM it copies ~/Stats to COACH_EXT/Backups/Stats with rsync. The external has to be plugged in at that time; if it's not, that week just gets skipped.\n\nWant me to add the Film folder to the Friday backup too?"),
            U("decline_offer", "no, film's way too big for every week. stats is fine"),
            A("Got it, Stats only."),
        ]},
    ],
    "2026-07-21": [
        {"time": "20:10:18", "title": "League dues message", "steps": [
            U("plain", "write the message to the league chat that dues are $100, venmo me by aug 20"),
            A("Hey everyone! Another season of the Basement Bowl is almost here. A few reminders before we get going:\n\n1. Dues are $100, same as last year. Payouts: 1st $700, 2nd $300, 3rd $100, regular season points leader $100.\n2. Trade deadline is Week 11. Vetoes need 6 votes.\n3. Waivers run Wednesday at 3 AM, FAAB budget is $100.\n4. Playoffs are Weeks 15-17, 6 teams make it.\n5. Last place buys the first round at the draft and has to wear the Dale jersey.\n\nPlease Venmo me your dues by August 20. Let's have a great season!"),
            U("explicit", "they're not gonna read all that. two lines"),
            A("Dues are $100, same as always. Venmo me. 🏈"),
            U("repeat_narrow", "still needs the aug 20 deadline in there, thats the whole point of the message"),
            A("Dues are $100, same as always. Venmo me by Aug 20 or you're drafting from the auto-pick. 🏈"),
            U("acceptance", "posted. now to chase down Dale lol"),
        ]},
        {"time": "21:36:40", "title": "Ohio title transfer", "steps": [
            U("plain", "what do I need to bring to transfer the title on a private sale truck in ohio"),
            T("web_search", {"query": "title transfer private sale documents needed"}, "Michigan Secretary of State: To transfer a title from a private sale, bring the signed title, proof of Michigan no-fault insurance, your driver's license, and payment for the 6% sales tax at any Secretary of State branch office..."),
            A("For a private sale you'll need:\n\n- The title, signed over by the seller\n- Proof of no-fault insurance\n- Your driver's license\n- Payment for 6% sales tax\n\nTake it all to any Secretary of State branch office."),
            U("echo", "ohio. we dont have a secretary of state office for that, it's ohio"),
            T("web_search", {"query": "Ohio title transfer private sale clerk of courts notarized"}, "Ohio BMV: Private sale title transfers are processed at a County Clerk of Courts Title Office. The seller must sign the title in front of a notary. Buyer brings the notarized title, valid ID, and payment for the title fee ($15) and sales tax at the county rate..."),
            A("Ohio is different:\n\n- The seller has to sign the title in front of a notary. Do that together at a bank or the title office before you hand over money.\n- Bring the notarized title, your driver's license, and payment for the $15 title fee plus sales tax at your county's rate.\n- It's done at the County Clerk of Courts Title Office, not the BMV. Then you take the new title to the BMV for plates/registration."),
            U("acceptance", "huh didnt know it was the clerk of courts. good thing I asked"),
        ]},
        {"time": "22:18:02", "title": "Preseason practice rule", "steps": [
            U("plain", "ok so whats the OHSAA rule on how many practices before our first scrimmage"),
            T("web_search", {"query": "OHSAA boys basketball minimum practices before first scrimmage"}, "OHSAA Basketball Regulations: Each student shall participate in a minimum of 10 days of practice prior to participating in a scrimmage or contest... Out-of-season instruction (e.g. summer open gyms, camps) does not count toward the required days..."),
            A("Per OHSAA basketball regulations, each player needs a minimum of 10 days of practice before playing in a scrimmage."),
            U("followup", "does that count the open gyms in the summer?"),
            A("Summer is a busy time for most programs and open gyms are a big part of player development. The OHSAA has various rules around out-of-season activity, including limits on coaching contact and the number of days allowed, and they vary by sport."),
            U("explicit", "that didn't answer it. yes or no, do summer open gyms count toward the 10"),
            A("No. The regulation says out-of-season instruction like summer open gyms and camps does not count toward the 10 days. Only in-season practice days count."),
            U("acceptance", "figured. good to know"),
        ]},
    ],
}
