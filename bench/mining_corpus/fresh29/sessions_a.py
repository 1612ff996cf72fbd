"""Format A sessions (one session per JSON file). Blind author AD, corpus fresh29."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_A = [
    {"date": "2026-07-01", "time": "08:12:40", "title": "Interview script pickup", "platform": "cli", "steps": [
        U("plain", "Write me an interview script. 6 parents, about how they do pickup at the daycare and use the Famly app for it. 45 minutes. Semi-structured, not a survey read out loud."),
        A("Here's a semi-structured script for 45 minutes:\n\n**Intro (3 min)**\nThank them, explain the purpose, recording consent.\n\n**Warm-up (5 min)**\n1. Tell me a bit about your family and your daily routine.\n2. How many days a week do you do pickup?\n\n**Pickup today (15 min)**\n3. How much do you enjoy using the Famly check-out feature?\n4. Don't you find it frustrating when the staff haven't registered that your child is ready?\n5. Wouldn't it be easier if you could tell the daycare from the app that you're on your way?\n6. Walk me through your last pickup, step by step.\n\n**Coordination (12 min)**\n7. Isn't it stressful to coordinate with your partner about who picks up?\n8. How do you tell the daycare if someone else is picking up?\n\n**Wrap-up (10 min)**\n9. If you could change one thing, what would it be?\n10. Anything else you'd like to add?"),
        U("explicit", "Half of these are leading. \"Don't you find it frustrating\", \"wouldn't it be easier\" - no. Rewrite the questions so they don't suggest the answer."),
        A("Rewritten without leading phrasing:\n\n**Intro (3 min)**\nPurpose, no right or wrong answers, recording consent.\n\n**Warm-up (5 min)**\n1. Tell me about a normal weekday afternoon in your family.\n2. Who usually does pickup, and how is that decided?\n\n**Pickup today (15 min)**\n3. Walk me through your last pickup, from when you left work until you were home.\n4. What, if anything, do you use the Famly app for around pickup?\n5. Tell me about a pickup that didn't go as planned. What happened?\n6. How do you know your child is ready to go when you arrive?\n\n**Coordination (12 min)**\n7. How do you and your partner agree on who picks up?\n8. When someone else picks up, how does the daycare find out?\n\n**Wrap-up (10 min)**\n9. Is there anything about pickup we haven't talked about that matters to you?\n10. Anything you'd like to ask me?"),
        U("acceptance", "Good. This works."),
        A("Good luck with the sessions."),
        U("new_task", "What do people pay as incentive for a 45 min interview in Denmark these days. Gift card."),
        A("For 45-60 minutes with private participants in Denmark, 300-500 kr. is common, usually as a gift card (Gavekortet.dk, Coop or a cinema card). Parents of small children are hard to recruit, so 400-500 kr. is safer. Want me to draft the recruitment message too?"),
        U("decline_offer", "No, recruitment goes through the daycare board."),
    ]},
    {"date": "2026-07-02", "time": "13:40:05", "title": "Likert agree per segment", "platform": "cli", "steps": [
        U("plain", "I have survey.csv, column q7 is 1-5 Likert, column segment. Give me % agree (4 and 5) per segment."),
        T("terminal", {"command": "head -5 ~/surveys/survey.csv"}, "rid,segment,q7,q8\n1001,parent,4,3\n1002,staff,,2\n1003,parent,5,5\n1004,leader,2,4", 0),
        A("```python\nimport pandas as pd\n\ndf = pd.read_csv('~/surveys/survey.csv')\nprint(df.groupby('segment')['q7'].mean().round(2))\n```\n\nThis gives the average q7 score per segment, so you can compare agreement levels across parents, staff and leaders."),
        U("echo", "% agree. 4 and 5. Per segment."),
        A("```python\nagree = (df['q7'] >= 4)\nprint((agree.groupby(df['segment']).mean() * 100).round(0))\n```\n\nThis is the share of respondents in each segment who answered 4 or 5."),
        U("partial", "Ok that is the right kind of number now. But the empty q7 rows count as not agree. They should be out of the base."),
        A("Right - `NaN >= 4` is False, so blanks were in the denominator. Drop them first:\n\n```python\nvalid = df.dropna(subset=['q7'])\nagree = (valid['q7'] >= 4)\nprint((agree.groupby(valid['segment']).mean() * 100).round(0))\n```"),
        U("acceptance", "yes. thanks"),
        A("You're welcome."),
        U("followup", "Now also n per segment next to it, I need it for the footnote."),
        A("```python\nout = valid.groupby('segment').agg(\n    pct_agree=('q7', lambda s: round((s >= 4).mean() * 100)),\n    n=('q7', 'size'),\n)\nprint(out)\n```\n\n`n` is the number of valid q7 answers per segment, i.e. the base of the percentage."),
        U("acceptance", "ok"),
    ]},
    {"date": "2026-07-03", "time": "07:55:12", "title": "Dyrehaven with trailer", "platform": "telegram", "steps": [
        U("plain", "Cycling route from Nørrebro to Dyrehaven on Sunday. Ida (2) is in the trailer, so no big roads if possible."),
        A("Suggested route (about 13 km, 45-50 min):\n\n1. Nørrebro → Jagtvej → Lyngbyvej\n2. Follow the cycle track along Lyngbyvej north past Ryparken and Gentofte\n3. Turn right at Jægersborg Allé and continue to Klampenborg\n4. Enter Dyrehaven by Hvidekildevej\n\nLyngbyvej has a separated cycle track the whole way, so it's direct and flat."),
        U("instead", "Along the coast then. Østerbro, Svanemøllen, Strandvejen or Kystvejen, whatever is calmer on a Sunday."),
        A("Coastal version (about 14 km, 55 min with a trailer):\n\n1. Nørrebro → Nørre Allé → Fælledparken (cut through the park)\n2. Østerbro → Strandboulevarden → Svanemøllen beach\n3. Strandvejen cycle track north to Hellerup, then switch to Kystvejen at Charlottenlund Fort\n4. Kystvejen to Bellevue, enter Dyrehaven by Klampenborg station\n\nKystvejen has a wide path right by the water and is calmer than Strandvejen, though busy with walkers on sunny Sundays. Want me to add a playground stop around halfway?"),
        U("decline_offer", "nah. she sleeps in the trailer anyway."),
    ]},
    {"date": "2026-07-04", "time": "10:21:33", "title": "Empty state copy", "platform": "cli", "steps": [
        U("plain", "Figma copy for an empty state in the booking app. Screen: no upcoming appointments. Headline max 30 characters, body max 80, one button. English."),
        A("**Headline:** You don't have any upcoming appointments yet\n**Body:** When you book an appointment with your child's daycare, it will show up here so you can keep track of everything in one place.\n**Button:** Book an appointment"),
        U("echo", "Max 30 characters. Max 80."),
        A("**Headline:** No appointments yet (19)\n**Body:** When you book a meeting with the daycare, it shows up here. (60)\n**Button:** Book a meeting"),
        U("followup", "Good. Same in Danish, same limits. Danish runs long, so count."),
        A("**Headline:** Ingen aftaler endnu (19)\n**Body:** Når du booker et møde med institutionen, kan du se det her. (59)\n**Button:** Book et møde\n\nWant me to do German as well, in case you expand?"),
        U("decline_offer", "no. Danish and English only."),
    ]},
    {"date": "2026-07-05", "time": "16:02:48", "title": "Paint for cladding", "platform": "cli", "steps": [
        U("plain", "The summer house outside walls: two are 8.2 m long, two 6.1 m, height 2.4 m. Wood cladding, two coats. How many liters do I need? Subtract 2 doors and 7 windows, around 1 m2 each."),
        A("Wall area: 2 × (8.2 + 6.1) × 2.4 = 68.6 m²\nMinus 9 openings × 1 m² = 59.6 m²\nTwo coats = 119 m² to paint\n\nCoverage on old, rough-sawn cladding is about 5-6 m²/L (planed boards closer to 8). So **20-24 L**, and I'd buy 25 L - you always lose some in the brush and on the end grain."),
        U("followup", "Gables too. The two short walls have a gable, triangle, 2.2 m high at the top."),
        A("Gables: 2 × ½ × 6.1 × 2.2 = 13.4 m²\nNew total: 59.6 + 13.4 = 73.0 m², two coats = 146 m²\n\nAt 5-6 m²/L that's **24-29 L**. Buy 30 L (e.g. 3 × 10 L from the same batch so the colour matches)."),
        U("new_task", "Old cladding was painted with something oil based I think. Now water based or oil, which is better?"),
        A("It depends on what's on there now. Over an old oil-based alkyd or linseed paint that's still sound, a modern water-based paint can peel if the surface is chalky or glossy; an oil/alkyd system bonds better but dries slower and yellows a little. If the old layer is flaking badly, scrape and wash regardless of what you choose. Do you know what product was used last time?"),
        U("clarify_answer", "Gori 22 I think. The previous owner left a can in the shed."),
        A("Gori 22 is a transparent oil-based wood protection. Then stay with an oil-based product: either Gori 22 again (same look) or a covering oil paint if you want it opaque. Water-based directly on it risks poor adhesion unless you weather it for a year or sand it. Wash first with a mould cleaner and let it dry two days."),
        U("acceptance", "ok. oil then."),
    ]},
    {"date": "2026-07-06", "time": "11:14:09", "title": "Clean city column", "platform": "cli", "steps": [
        U("plain", "Column 'city' in the screener is free text. Copenhagen, Kbh, København, cph, KBH K and so on. I need them all as 'Copenhagen'. Same for Aarhus/Århus."),
        A("Here's a mapping you can apply:\n\n```python\ncity_map = {\n    'Copenhagen': 'Copenhagen', 'copenhagen': 'Copenhagen', 'Kbh': 'Copenhagen',\n    'kbh': 'Copenhagen', 'KBH': 'Copenhagen', 'KBH K': 'Copenhagen', 'Kbh K': 'Copenhagen',\n    'København': 'Copenhagen', 'københavn': 'Copenhagen', 'Kobenhavn': 'Copenhagen',\n    'cph': 'Copenhagen', 'CPH': 'Copenhagen', 'Kbh N': 'Copenhagen', 'Kbh Ø': 'Copenhagen',\n    'Aarhus': 'Aarhus', 'aarhus': 'Aarhus', 'Århus': 'Aarhus', 'århus': 'Aarhus',\n    'Arhus': 'Aarhus', 'Aarhus C': 'Aarhus', 'Aarhus N': 'Aarhus',\n}\ndf['city'] = df['city'].replace(city_map)\n```\n\nAdd more spellings to the dictionary as you find them."),
        U("reject_approach", "Not a giant dict. I get new spellings every week. Normalise and match with a regex."),
        T("terminal", {"command": "cd ~/research/screener && python3 clean_city.py"}, "Copenhagen    118\nAarhus         41\nOdense          9\nother          23", 0),
        A("```python\nimport re\n\ndef norm_city(s):\n    if pd.isna(s):\n        return s\n    t = s.strip().lower()\n    if re.search(r'k[øo]benhavn|kbh|cph|copenhagen', t):\n        return 'Copenhagen'\n    if re.search(r'[aå]+rhus', t):\n        return 'Aarhus'\n    return s.strip()\n\ndf['city'] = df['city'].map(norm_city)\n```\n\nRan it on the screener: Copenhagen 118, Aarhus 41, Odense 9, 23 others."),
        U("partial", "Regex is better. But you overwrote city. I need the raw answer kept, put it in a new column."),
        A("```python\ndf['city_clean'] = df['city'].map(norm_city)\n```\n\n`city` now stays as typed, `city_clean` has the normalised value. Reload the csv first, since the earlier run replaced the column in memory (the file on disk was not touched)."),
        U("acceptance", "good."),
    ]},
    {"date": "2026-07-07", "time": "06:48:51", "title": "Message to vuggestue", "platform": "telegram", "steps": [
        U("plain", "Write a message to the vuggestue. Ida had fever, 38.5 yesterday evening, fine this morning. Can she come tomorrow. Short, Danish."),
        A("Kære alle dejlige voksne på Myretuen 🐜\n\nJeg håber, I har haft en god start på ugen! Jeg ville bare lige skrive og fortælle, at Ida desværre havde lidt feber i går aftes (38,5), men heldigvis har hun det meget bedre her til morgen og er glad og frisk igen. Vi vil selvfølgelig ikke smitte nogen, så jeg ville høre, om det er helt i orden, at hun kommer i morgen, eller om I foretrækker, at vi venter en dag mere? Vi forstår fuldt ud, hvis I har retningslinjer for det.\n\nTusind tak for alt, hvad I gør for børnene hver dag ❤️\n\nKærlig hilsen\nIdas mor"),
        U("explicit", "Too long and too sweet. They are busy. Three lines."),
        A("Hej. Ida havde 38,5 i feber i går aftes, men er feberfri i dag.\nEr det ok, at hun kommer i morgen, eller vil I have 24 timer feberfri?\nHilsen Idas mor"),
        U("acceptance", "sendt."),
    ]},
    {"date": "2026-07-08", "time": "14:30:27", "title": "NPS chart", "platform": "cli", "steps": [
        U("plain", "Bar chart of NPS per quarter from nps.csv. Save as png, it goes in the report."),
        T("terminal", {"command": "cd ~/surveys && python3 nps_chart.py"}, "saved nps_per_quarter.png", 0),
        A("Saved `~/surveys/nps_per_quarter.png`. I used seaborn (`sns.barplot`) with the default palette and a regression trendline on top, so the development over the quarters is easy to see:\n\n```python\nimport seaborn as sns\nax = sns.barplot(data=q, x='quarter', y='nps', palette='deep')\nsns.regplot(data=q.reset_index(), x='index', y='nps', scatter=False, ax=ax)\n```"),
        U("reject_approach", "No seaborn. It's not on the work laptop and I don't want it. Plain matplotlib, and no trendline on 5 points."),
        T("terminal", {"command": "cd ~/surveys && python3 nps_chart.py"}, "saved nps_per_quarter.png", 0),
        A("Rewritten with matplotlib only, no trendline:\n\n```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(6, 3.5))\nax.bar(q['quarter'], q['nps'], color='#0B3D2E')\nax.set_ylabel('NPS')\nax.spines[['top', 'right']].set_visible(False)\nfig.tight_layout()\nfig.savefig('nps_per_quarter.png', dpi=200)\n```\n\nSaved over the old file."),
        U("followup", "Put the n under each bar. Stakeholders always ask."),
        T("terminal", {"command": "cd ~/surveys && python3 nps_chart.py"}, "saved nps_per_quarter.png", 0),
        A("Done - the x tick labels are now two lines, e.g. `Q1 2026\\nn=214`:\n\n```python\nax.set_xticks(range(len(q)))\nax.set_xticklabels([f\"{r.quarter}\\nn={r.n}\" for r in q.itertuples()])\n```"),
        U("acceptance", "ok good"),
    ]},
    {"date": "2026-07-09", "time": "09:05:44", "title": "No pleasantries", "platform": "cli", "steps": [
        U("plain", "Remember: no pleasantries in replies. Start with the answer."),
        T("memory", {"action": "add", "content": "Owner wants no pleasantries; start replies with the answer."}, "saved note #41", 0),
        A("Noted! I'll make sure to keep things brief and to the point from now on. Is there anything else you'd like me to remember about your preferences?"),
        U("decline_offer", "no."),
        A("Ok."),
        U("new_task", "Weather Saturday in Odsherred. We drive up Friday."),
        T("web_search", {"query": "DMI vejr Odsherred lørdag"}, "DMI 10-døgnsprognose Nykøbing Sjælland: fre 22° sol; lør 19° byger fra middag, vind 9 m/s V; søn 21° let skyet; man 20°; tir 18° regn", 0),
        A("DMI, Nykøbing Sj.:\n- Friday: 22°, sun\n- Saturday: 19°, showers from midday, wind 9 m/s west\n- Sunday: 21°, light clouds\n- Monday: 20°\n- Tuesday: 18°, rain"),
        U("repeat_narrow", "Saturday."),
        A("Saturday: 19°, dry morning, showers from around 12, west wind 9 m/s."),
        U("acceptance", "ok. beach in the morning then."),
    ]},
    {"date": "2026-07-10", "time": "15:17:02", "title": "Waiting quotes", "platform": "cli", "steps": [
        U("plain", "I have 14 interview notes in ~/research/pickup/notes/*.md. Pull out every quote where someone talks about waiting or queue at pickup. With file name."),
        T("terminal", {"command": "grep -i -n -E 'wait|queue' ~/research/pickup/notes/*.md"}, "p03.md:22:> \"I wait at the door like a dog, nobody sees me\"\np07.md:41:> \"there's a queue at the cubbies at 16\"\np11.md:18:> \"waiting for the one staff who knows where her shoes are\"", 0),
        A("Parents frequently describe pickup as a waiting game. Several mention standing at the door without being noticed, and a queue forming at the cubbies around 16:00 when many parents arrive at once. The waiting is often tied to one staff member holding the knowledge (e.g. where clothes are). This points to a visibility problem at the handover moment."),
        U("repeat_narrow", "The quotes. With file name. Not a summary."),
        A("- **p03.md:** \"I wait at the door like a dog, nobody sees me\"\n- **p07.md:** \"there's a queue at the cubbies at 16\"\n- **p11.md:** \"waiting for the one staff who knows where her shoes are\""),
        U("partial", "Those are right. But half the notes are in Danish. 'vente', 'kø' too."),
        T("terminal", {"command": "grep -i -n -E 'wait|queue|vent|kø' ~/research/pickup/notes/*.md"}, "p02.md:15:> \"man står bare og venter i garderoben\"\np03.md:22:> \"I wait at the door like a dog, nobody sees me\"\np07.md:41:> \"there's a queue at the cubbies at 16\"\np09.md:30:> \"der er altid kø ved døren kl. 16\"\np11.md:18:> \"waiting for the one staff who knows where her shoes are\"\np13.md:12:> \"jeg venter på at nogen kigger op\"", 0),
        A("With the Danish terms added:\n\n- **p02.md:** \"man står bare og venter i garderoben\"\n- **p03.md:** \"I wait at the door like a dog, nobody sees me\"\n- **p07.md:** \"there's a queue at the cubbies at 16\"\n- **p09.md:** \"der er altid kø ved døren kl. 16\"\n- **p11.md:** \"waiting for the one staff who knows where her shoes are\"\n- **p13.md:** \"jeg venter på at nogen kigger op\""),
        U("acceptance", "That's all of them. Thanks."),
    ]},
    {"date": "2026-07-11", "time": "22:41:19", "title": "Tooltip pickup window", "platform": "telegram", "steps": [
        U("plain", "Tooltip text for 'Pickup window' in the settings. One sentence. It's the time span where the daycare expects you."),
        A("The pickup window is the period of time during which the daycare expects you or another authorised adult to collect your child, and you can adjust it at any time in the settings to match your family's routine on each weekday."),
        U("echo", "One sentence. A short one."),
    ]},
]
