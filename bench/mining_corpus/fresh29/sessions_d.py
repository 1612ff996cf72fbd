"""Format D sessions (trajectories_<date>.jsonl, ShareGPT style). Blind author AD, corpus fresh29."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_D = {
    "2026-07-05": [
        {"time": "08:30:00", "title": "Remove speeders", "steps": [
            U("plain", "Remove speeders: anyone who used less than a third of the median duration. Column duration_s."),
            A("```python\ncut = df['duration_s'].mean() / 3\nclean = df[df['duration_s'] >= cut]\nprint(f'removed {len(df) - len(clean)} speeders')\n```"),
            U("echo", "A third of the median."),
            A("```python\ncut = df['duration_s'].median() / 3\nclean = df[df['duration_s'] >= cut]\nprint(f'removed {len(df) - len(clean)} speeders')\n```"),
            U("followup", "Run it on ~/surveys/pulse_q2.csv and tell me how many are out."),
            T("terminal", {"command": "cd ~/surveys && python3 speeders.py pulse_q2.csv"}, "median 412s, cut 137s\nremoved 37 speeders of 612", 0),
            A("Median duration 412 s, cut-off 137 s. **37 of 612** removed (6%)."),
            U("acceptance", "37 is ok. normal."),
        ]},
        {"time": "13:15:00", "title": "aria labels icons", "steps": [
            U("plain", "aria-labels for the icon buttons: heart (save to favourites), bell (notifications), three dots (more options), x (close dialog)."),
            A("- Heart: `aria-label=\"Heart icon\"`\n- Bell: `aria-label=\"Bell icon button\"`\n- Three dots: `aria-label=\"Three dots menu icon\"`\n- X: `aria-label=\"X icon\"`"),
            U("instead", "Describe what it does, not what it looks like. 'Save to favourites' and so on."),
            A("- Heart: `aria-label=\"Save to favourites\"`\n- Bell: `aria-label=\"Notifications\"`\n- Three dots: `aria-label=\"More options\"`\n- X: `aria-label=\"Close\"`\n\nFor the heart, switch the label to \"Remove from favourites\" (or use `aria-pressed`) when it's active."),
            U("acceptance", "ok"),
        ]},
        {"time": "21:10:00", "title": "Daycare nap length", "steps": [
            U("plain", "Ida (2 years 3 months) sleeps 2 hours at daycare, 11.30-13.30, and then won't fall asleep before 21.30 at home. Should I ask them to wake her earlier?"),
            A("Very possibly. At 2 years, most children need around 11-14 hours total sleep, and the awake window before bedtime is usually 5-6 hours. If she wakes at 13.30, a bedtime around 19.30 is realistic, so 21.30 suggests the nap is too long or too late. What time does she wake up in the morning?"),
            U("clarify_answer", "6.15. Every day, no matter what."),
            A("Then she gets about 8h45 at night plus 2h nap = 10h45, on the low side. The long nap is likely taking from the night. Ask them to wake her at 13.00 (1.5 h). Give it a week; if she's still up at 21.00, try 12.45. Many daycares agree to this if you ask directly."),
            U("acceptance", "ok I ask them for 1.5 h."),
        ]},
    ],
    "2026-07-09": [
        {"time": "09:00:00", "title": "Recruitment screener", "steps": [
            U("plain", "Screener for recruiting: parents with kids in daycare in Copenhagen who use Famly or Aula at least weekly. 5 questions max. Exclude people working in UX/tech."),
            A("1. Do you live in Copenhagen Municipality?\n2. Do you have a child in daycare?\n3. How old is your child?\n4. Which daycare app do you use?\n5. How often do you use it?\n6. Who else in your household uses the app?\n7. What is your occupation?\n8. Do you work in UX, design or tech?\n9. Have you taken part in a user study in the last 6 months?"),
            U("echo", "5 questions max."),
            A("1. Do you live in Copenhagen Municipality? (Yes/No)\n2. Do you have a child in vuggestue or børnehave? (Yes/No)\n3. Which app does the daycare use? (Famly / Aula / Other / Don't know)\n4. How often do you use it? (Daily / Weekly / Monthly / Rarely)\n5. Have you taken part in a user study in the last 6 months? (Yes/No)"),
            U("partial", "That's 5. But the tech exclusion is gone now."),
            A("1. Do you live in Copenhagen Municipality and have a child in vuggestue or børnehave? (Yes/No)\n2. Which app does the daycare use? (Famly / Aula / Other / Don't know)\n3. How often do you use it? (Daily / Weekly / Monthly / Rarely)\n4. Do you or anyone in your household work in UX, design, IT or market research? (Yes → exclude)\n5. Have you taken part in a user study in the last 6 months? (Yes/No)\n\nDo you want a question on the child's age too?"),
            U("clarify_answer", "Yes, 1-5 years, as ranges. Put it in 1 instead of the combining."),
            A("1. How old is your youngest child in daycare? (Under 1 / 1-2 / 3-5 / Not in daycare → exclude)\n2. Which app does the daycare use? (Famly / Aula / Other / Don't know)\n3. How often do you use it? (Daily / Weekly / Monthly / Rarely)\n4. Do you or anyone in your household work in UX, design, IT or market research? (Yes → exclude)\n5. Do you live in Copenhagen Municipality? (Yes/No)\n\nI moved the study-participation question out to keep it at 5; ask it in the booking mail instead."),
            U("acceptance", "good"),
        ]},
        {"time": "15:20:00", "title": "GPX for Geels loop", "steps": [
            U("plain", "Make me a GPX for the Geels Bakke loop so I can put it on my Garmin."),
            T("terminal", {"command": "cat > ~/Desktop/geels_loop.gpx <<'EOF' ... EOF && wc -l ~/Desktop/geels_loop.gpx"}, "14 /Users/signe/Desktop/geels_loop.gpx", 0),
            A("Saved `~/Desktop/geels_loop.gpx` with the main waypoints of the loop: Copenhagen, Bagsværd Sø, Fiskebæk, Bistrup, Geels Bakke, Lyngby. Copy it to the `Garmin/NewFiles` folder on the device."),
            U("reject_approach", "A GPX with 6 points is straight lines through fields and lakes. Don't make it yourself. Tell me how to draw it in Komoot and export."),
            A("In Komoot:\n\n1. Plan → choose sport \"Road cycling\"\n2. Click your start, then add waypoints in order: Bagsværd Sø, Fiskebæk, Bistrup, Geels Bakke, Ravnsholt, Lyngby, back to start (Komoot snaps to roads)\n3. Save the tour\n4. On the tour page: ⋯ → Export as GPX → \"Track\"\n5. Connect the Garmin by USB and copy the file into `Garmin/NewFiles`, or sync via Garmin Connect if Komoot is linked.\n\nYou can delete the file I made: `rm ~/Desktop/geels_loop.gpx`."),
            U("acceptance", "ok did it in komoot. works."),
        ]},
        {"time": "20:40:00", "title": "Short column names", "steps": [
            U("plain", "Columns are like 'Q12_3 - How satisfied are you with: pickup'. I want short names, q12_3."),
            A("```python\ndf.columns = [c.split(' - ')[0].lower() for c in df.columns]\n```\n\n`'Q12_3 - How satisfied are you with: pickup'` becomes `'q12_3'`. Columns without ' - ' just get lowercased."),
            U("followup", "Keep the full text somewhere, I need it for the chart labels."),
            A("Done - I renamed the columns in place. The original question texts are gone from `df` now, but you can always get them back by reloading the csv."),
            U("echo", "Keep the full text somewhere."),
            A("```python\nlabels = {c.split(' - ')[0].lower(): c.split(' - ', 1)[-1] for c in df.columns}\ndf.columns = list(labels)\n```\n\n`labels['q12_3']` → `'How satisfied are you with: pickup'`. Use it as `ax.set_title(labels['q12_3'])`."),
            U("acceptance", "yes"),
        ]},
    ],
    "2026-07-13": [
        {"time": "10:05:00", "title": "Deck materials", "steps": [
            U("plain", "Material list for a small deck 3x4 m at the summer house, on plinths. Impregnated wood."),
            A("Materials for a 10 × 13 ft deck:\n\n- 12 × concrete deck blocks\n- 3 × 2×8 beams, 13 ft\n- 9 × 2×6 joists, 10 ft, 16\" on center\n- 26 × 5/4×6 deck boards, 12 ft\n- 1 lb box of joist hanger nails\n- 5 lb of 2.5\" deck screws\n- 9 × joist hangers"),
            U("instead", "Metric. And Danish standard dimensions, like 45x95 and 28x120."),
            A("Deck 3 × 4 m, plinths, joists across the 3 m:\n\n- 12 × punktfundament / plinths (3 rows of 4)\n- 3 × 45×145 mm bjælker, 4.2 m\n- 9 × 45×95 mm strøer, 3.0 m (c/c 50 cm)\n- 28 × 28×120 mm terrassebrædder, 3.6 m\n- ca. 700 terrasseskruer 4.5×50 mm, A4 stainless (near the sea)\n- 24 × vinkelbeslag\n- Ukrudtsdug 3 × 4 m"),
            U("partial", "Better. But the boards are 3.6 m and the deck is 4 m. Joints everywhere. They need to be 4.2 and cut."),
            A("Corrected board line:\n\n- **28 × 28×120 mm terrassebrædder, 4.2 m** (cut to 4.0 m; the 20 cm offcuts are enough for the end trim)\n\nEverything else stays. With 4.2 m boards and the strøer running across the 3 m direction, there are no joints at all."),
            U("acceptance", "ok. ordering."),
        ]},
        {"time": "12:55:00", "title": "Lille Langebro closed?", "steps": [
            U("plain", "Is Lille Langebro closed this summer? Someone in the daycare said so."),
            T("web_search", {"query": "Lille Langebro lukket sommer 2026"}, "kk.dk/trafik: Ingen aktuelle lukninger af Lille Langebro. Planlagt vedligehold af Inderhavnsbroen 4.-15. august 2026, broen lukket for cyklister om natten.", 0),
            A("Nothing about a closure of Lille Langebro this summer on the municipality's traffic page. The one I found is Inderhavnsbroen: maintenance 4-15 August, closed for bikes at night. Maybe that's what they meant. Want me to check the other harbour bridges too?"),
            U("decline_offer", "nah it's fine. we use Langebro."),
            A("Ok."),
        ]},
        {"time": "16:25:00", "title": "Likert battery chart", "steps": [
            U("plain", "Stacked bar chart of the q12 battery (q12_1 to q12_8), 1-5, percent per answer option, horizontal."),
            A("```python\nitems = [f'q12_{i}' for i in range(1, 9)]\ncounts = df[items].apply(pd.Series.value_counts).T\ncounts.plot(kind='bar', stacked=True)\nplt.show()\n```"),
            U("echo", "Horizontal. Percent."),
            A("```python\nitems = [f'q12_{i}' for i in range(1, 9)]\npct = df[items].apply(lambda s: s.value_counts(normalize=True)).T * 100\npct = pct[[1, 2, 3, 4, 5]]\nax = pct.plot(kind='barh', stacked=True, figsize=(8, 4))\nax.set_xlim(0, 100)\nax.set_xlabel('%')\nplt.tight_layout()\nplt.show()\n```"),
            U("followup", "Sort the bars by top-2-box."),
            A("```python\npct['t2b'] = pct[4] + pct[5]\npct = pct.sort_values('t2b').drop(columns='t2b')\nax = pct.plot(kind='barh', stacked=True, figsize=(8, 4))\n```\n\n`sort_values` ascending puts the highest top-2-box at the top of a horizontal chart."),
            U("acceptance", "good"),
        ]},
    ],
    "2026-07-16": [
        {"time": "09:50:00", "title": "Thank you mail participants", "steps": [
            U("plain", "Thank you mail to participants with the gift card code as {code}. Danish. Short."),
            A("Subject: Thank you for your time!\n\nHi {name},\n\nThank you so much for taking part in our interview last week. Your insights about pickup and the daycare app were really valuable to us.\n\nAs a small token of our appreciation, here is your gift card code: {code}\n\nBest regards,\nThe research team"),
            U("repeat_narrow", "In Danish please."),
            A("Emne: Tak for din tid\n\nHej {name}\n\nTak fordi du ville deltage i interviewet. Det har hjulpet os meget.\n\nHer er dit gavekort: {code}\n\nVenlig hilsen\nSigne"),
            U("acceptance", "fint."),
        ]},
        {"time": "11:35:00", "title": "Disk full", "steps": [
            U("plain", "My Mac says disk full. What is taking space in my home folder? Check."),
            T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -h | tail -6"}, "4.1G\t/Users/signe/Desktop\n9.8G\t/Users/signe/Documents\n22G\t/Users/signe/Downloads\n31G\t/Users/signe/Movies\n74G\t/Users/signe/Pictures\n118G\t/Users/signe/Library", 0),
            A("Biggest folders in your home:\n\n- Library 118 GB\n- Pictures 74 GB\n- Movies 31 GB\n- Downloads 22 GB\n- Documents 9.8 GB\n- Desktop 4.1 GB"),
            U("instead", "Show me the single files over 2 GB instead. Folders tell me nothing."),
            T("terminal", {"command": "find ~ -type f -size +2G -exec ls -lh {} + 2>/dev/null | awk '{print $5, $9}'"}, "38G /Users/signe/Pictures/Photos Library.photoslibrary/database/search/psi.sqlite\n14G /Users/signe/Movies/iMovie Library.imovielibrary/Ida 1 år/Render Files/render.mov\n6.2G /Users/signe/Downloads/interviews_round1_raw.zip\n4.8G /Users/signe/Library/Containers/com.docker.docker/Data/vms/0/data/Docker.raw\n2.3G /Users/signe/Downloads/Figma-installer-old.dmg", 0),
            A("Files over 2 GB:\n\n- 38 GB `Photos Library.photoslibrary/.../psi.sqlite` (Photos search index)\n- 14 GB `iMovie Library/Ida 1 år/Render Files/render.mov` (render cache, can be regenerated)\n- 6.2 GB `Downloads/interviews_round1_raw.zip`\n- 4.8 GB `Docker.raw` (Docker disk image)\n- 2.3 GB `Downloads/Figma-installer-old.dmg`\n\nShall I delete the iMovie render files and the old Figma installer?"),
            U("decline_offer", "No, don't delete anything. I look myself."),
            A("Ok, nothing deleted."),
        ]},
        {"time": "15:00:00", "title": "Landing headlines", "steps": [
            U("plain", "3 headline variants for the landing page test. Product: app for coordinating daycare pickup between parents. Target: busy parents. Max 6 words each."),
            A("1. Never miss a pickup again, even on your busiest days\n2. The easiest way to coordinate daycare pickup with your partner\n3. Less stress at 4 pm"),
            U("echo", "Max 6 words each."),
            A("1. Pick up the pace at pickup\n2. Who's on pickup duty? Sorted.\n3. Take the 'pick' out of pickup"),
            U("instead", "No puns. It's a test of the value proposition. One about time saved, one about less chaos, one about trust."),
            A("1. Pickup planned in ten seconds\n2. No more \"I thought you had her\"\n3. Always know who picks up"),
            U("acceptance", "the second one. ship it."),
        ]},
    ],
}
