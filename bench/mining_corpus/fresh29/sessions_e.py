"""Format E sessions (session_<date>.jsonl event log). Blind author AD, corpus fresh29."""


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
        U("plain", "Load ~/surveys/daycare_q2.xlsx, sheet 'Responses'. How many rows, and which columns have more than 20% missing?"),
        T("terminal", {"command": "python3 -c \"import pandas as pd; df=pd.read_excel('~/surveys/daycare_q2.xlsx', sheet_name='Responses')\""}, "ImportError: Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.", 1),
        E("ImportError: Missing optional dependency 'openpyxl'", "pandas.read_excel on ~/surveys/daycare_q2.xlsx with system python3"),
        D("install openpyxl with pip", "read_excel needs it; it is a small pure-python package"),
        T("terminal", {"command": "python3 -m pip install --user openpyxl"}, "Successfully installed et-xmlfile-2.0.0 openpyxl-3.1.5", 0),
        T("terminal", {"command": "python3 missing_report.py ~/surveys/daycare_q2.xlsx Responses"}, "rows 412\nq14_open 63.1%\nq15_other 91.0%\nq21_comment 47.8%", 0),
        A("I installed openpyxl (it was missing) and loaded the sheet.\n\n412 rows. Columns with >20% missing:\n- q15_other 91.0%\n- q14_open 63.1%\n- q21_comment 47.8%"),
        U("reject_approach", "Not into my system python. Uninstall it. Survey stuff runs in ~/surveys/.venv, it has everything."),
        T("terminal", {"command": "python3 -m pip uninstall -y openpyxl et-xmlfile && ~/surveys/.venv/bin/python missing_report.py ~/surveys/daycare_q2.xlsx Responses"}, "Successfully uninstalled openpyxl-3.1.5\nSuccessfully uninstalled et-xmlfile-2.0.0\nrows 412\nq14_open 63.1%\nq15_other 91.0%\nq21_comment 47.8%", 0),
        A("Uninstalled openpyxl and et-xmlfile from the system python. Ran it with `~/surveys/.venv/bin/python` instead:\n\n412 rows. Columns with >20% missing:\n- q15_other 91.0%\n- q14_open 63.1%\n- q21_comment 47.8%"),
        U("acceptance", "ok. those are the open ones, expected."),
        A("👍"),
        U("new_task", "Write to memory that survey stuff runs in ~/surveys/.venv and never in system python."),
        T("memory", {"action": "add", "content": "Survey/pandas work: always use ~/surveys/.venv/bin/python, never system python, never pip install into system."}, "saved note #44", 0),
        A("Saved."),
    ]},
    "2026-07-04": {"role": "timmy", "steps": [
        U("plain", "Intro I read at the start of each interview. 1 minute spoken, max. Cover: who I am, no right answers, recording, they can stop."),
        A("\"Hi, and thank you so much for taking the time to talk with me today. I really appreciate it, I know how busy life with small children is. My name is Signe and I work as a UX researcher. Before we begin, I'd like to tell you a little bit about what we're going to do today and why.\n\nWe're working on improving the app that you and the daycare use to coordinate things like pickup, messages and the daily overview. To make it better, we want to understand how parents like you actually experience these everyday situations, what works well and what doesn't.\n\nI want to stress that there are no right or wrong answers here. We are not testing you in any way - if anything, we're testing ourselves and our product. I'm not the designer, so you won't hurt my feelings. Please be as honest as you can, even if it's critical. Negative feedback is often the most useful for us.\n\nWith your permission, I'd like to record our conversation. The recording is only used by our research team so that I can focus on listening to you instead of taking notes. It won't be shared outside the team and you can ask us to delete it.\n\nYou can stop at any time, skip any question you don't want to answer, or take a break whenever you need. You don't have to give a reason.\n\nDo you have any questions before we start? Is it okay that I start the recording now?\""),
        U("explicit", "That is three minutes spoken. One minute."),
        A("\"Thank you for coming. I'm Signe, and I'm not the designer, so you won't hurt my feelings - be honest. We're trying to make the daycare app better, and I want to hear how pickup and the daily stuff actually works for you. There are no right or wrong answers. I'd like to record so I can listen instead of writing; only our team hears it. You can skip a question or stop at any time, no reason needed. Is it okay that I start recording?\""),
        U("partial", "Length is good. But \"I'm not the designer\" - I am the designer on this one. Take it out."),
        A("\"Thank you for coming. I'm Signe, and I work on the daycare app. We want to make it better, so I want to hear how pickup and the daily stuff actually works for you. There are no right or wrong answers, and critical comments help us the most. I'd like to record so I can listen instead of writing; only our team hears it. You can skip a question or stop at any time, no reason needed. Is it okay that I start recording?\""),
        U("acceptance", "good. printing it."),
    ]},
    "2026-07-06": {"role": "assistant", "steps": [
        U("plain", "Tyre pressure for my road bike. 28 mm tubeless, I'm 64 kg. Lots of cobbles in Copenhagen."),
        A("Most road bike tyres run at 80-100 psi (5.5-7 bar). For your weight, start around 90 psi in the rear and 85 psi in the front, and adjust to taste."),
        U("explicit", "100 psi on 28 tubeless is crazy. That's for 23 mm with tubes."),
        A("You're right, that was for narrow tyres with tubes. For 28 mm tubeless at 64 kg (rider + bike ~73 kg):\n\n- Front: **3.9-4.0 bar** (57-58 psi)\n- Rear: **4.2-4.3 bar** (61-62 psi)\n\nOn cobbles go to the lower end. Check the rim's max for hookless rims (often 5 bar)."),
        U("acceptance", "4.2 rear it is."),
        A("👍"),
        U("new_task", "And how often to top up sealant."),
        A("Every 2-3 months in warm weather, 3-4 months in winter. Shake the wheel with the valve at 4 o'clock: if you can't hear sloshing, add 30 ml. Want me to set a reminder for September?"),
        U("decline_offer", "no, I check it when I change to winter tyres."),
    ]},
    "2026-07-07": {"role": "timmy", "steps": [
        U("plain", "Summer house bedroom smells musty after the winter. There is a crawl space under the house. Likely causes, ranked."),
        D("answer from general building knowledge, no search", "common and well-known causes; a web search would add little"),
        A("Ranked by how common they are in Danish summer houses with crawl spaces:\n\n1. **Poor ventilation of the crawl space** - moisture from the ground rises into the floor\n2. **No heat in winter** - cold walls, condensation, mould behind furniture\n3. **Leak** - roof, around the window, or a pipe under the floor\n4. **Wet ground under the house** - missing plastic membrane or water running toward the house\n5. **Mattress/textiles** that got damp and stayed closed in\n\nDoes the crawl space have vents, and are they open?"),
        U("clarify_answer", "2 vents. One is blocked by the new terrace."),
        A("Then that's the most likely cause. With one of two vents blocked, there's almost no air flow through the crawl space, and the moisture goes up into the bedroom floor. Ask the terrace builder to open it with a grille in the deck or a short duct out to the side. Put a humidity meter in the crawl space (~100 kr.): it should stay under 75-80% RH."),
        U("acceptance", "ok, I get the terrace guy to fix it."),
    ]},
    "2026-07-10": {"role": "timmy", "steps": [
        U("plain", "Weighted mean of q5 by segment. Weights in column w."),
        A("```python\ndef weighted_mean(df, col, wcol):\n    total, wsum = 0.0, 0.0\n    for _, row in df.iterrows():\n        if pd.notna(row[col]):\n            total += row[col] * row[wcol]\n            wsum += row[wcol]\n    return total / wsum\n\nprint(weighted_mean(df, 'q5', 'w'))\n```\n\nThis gives the weighted mean of q5 across all respondents."),
        U("repeat_narrow", "By segment."),
        T("terminal", {"command": "cd ~/surveys && time ~/surveys/.venv/bin/python wmean.py"}, "segment\nleader    3.41\nparent    3.87\nstaff     3.52\nreal\t2m41.3s", 0),
        A("```python\nprint(df.groupby('segment').apply(lambda g: weighted_mean(g, 'q5', 'w')))\n```\n\nleader 3.41, parent 3.87, staff 3.52."),
        U("reject_approach", "Numbers fine, but not a python loop with iterrows. 200k rows, it took almost 3 minutes. Vectorise."),
        T("terminal", {"command": "cd ~/surveys && time ~/surveys/.venv/bin/python wmean.py"}, "segment\nleader    3.41\nparent    3.87\nstaff     3.52\nreal\t0m0.9s", 0),
        A("```python\nv = df.dropna(subset=['q5'])\nwm = (v['q5'] * v['w']).groupby(v['segment']).sum() / v['w'].groupby(v['segment']).sum()\n```\n\nSame numbers (leader 3.41, parent 3.87, staff 3.52), 0.9 s instead of 2m41s."),
        U("acceptance", "1 second. good."),
    ]},
    "2026-07-11": {"role": "assistant", "steps": [
        U("plain", "Post for the parents' group in Aula: we need 2 volunteers for the summer party 14 August, setting up from 14.00. Danish. Friendly."),
        A("Hej alle forældre ☀️\n\nSommerfesten nærmer sig! Den 14. juli holder vi fest i børnehaven, og vi mangler 2 frivillige til at hjælpe med at stille op fra kl. 14.00. Det tager et par timer, og der er kaffe og kage til hjælperne.\n\nSkriv en kommentar her, hvis du kan 🙌\n\nMange hilsner\nForældrerådet"),
        U("explicit", "August. Not juli."),
        A("Hej alle forældre ☀️\n\nSommerfesten nærmer sig! Den 14. august holder vi fest i børnehaven, og vi mangler 2 frivillige til at hjælpe med at stille op fra kl. 14.00. Det tager et par timer, og der er kaffe og kage til hjælperne.\n\nSkriv en kommentar her, hvis du kan 🙌\n\nMange hilsner\nForældrerådet"),
        U("acceptance", "posted."),
        A("👍"),
        U("followup", "Now in English too, for the two international families. Same thing."),
        A("Hi all parents ☀️\n\nThe summer party is coming up! On 14 August we're having a party at the kindergarten, and we need 2 volunteers to help set up from 14:00. It takes a couple of hours, and there's coffee and cake for the helpers.\n\nLeave a comment here if you can 🙌\n\nBest wishes\nThe parents' council"),
        U("acceptance", "thanks."),
    ]},
    "2026-07-14": {"role": "timmy", "steps": [
        U("plain", "The chart colours need to be our brand: #0B3D2E green for agree, #F2C14E yellow for disagree, grey for neutral. Update plot_likert.py."),
        T("terminal", {"command": "cd ~/surveys && sed -i '' \"s/COLORS = .*/COLORS = ['#F2C14E', '#F2C14E', '#1f77b4', '#0B3D2E', '#0B3D2E']/\" plot_likert.py && ~/surveys/.venv/bin/python plot_likert.py"}, "saved likert_q12.png", 0),
        A("Updated `COLORS` in plot_likert.py and regenerated `likert_q12.png`:\n\n```python\nCOLORS = ['#F2C14E', '#F2C14E', '#1f77b4', '#0B3D2E', '#0B3D2E']\n```"),
        U("repeat_narrow", "Grey for neutral. #B0B0B0."),
        T("terminal", {"command": "cd ~/surveys && sed -i '' 's/#1f77b4/#B0B0B0/' plot_likert.py && ~/surveys/.venv/bin/python plot_likert.py"}, "saved likert_q12.png", 0),
        A("Neutral is now `#B0B0B0`:\n\n```python\nCOLORS = ['#F2C14E', '#F2C14E', '#B0B0B0', '#0B3D2E', '#0B3D2E']\n```\n\nRegenerated the png."),
        U("acceptance", "ok."),
        A("👍"),
        U("new_task", "Check what font the chart uses. It looks different from the report."),
        T("terminal", {"command": "cd ~/surveys && ~/surveys/.venv/bin/python -c \"import matplotlib; print(matplotlib.rcParams['font.family'], matplotlib.rcParams['font.sans-serif'][:2])\""}, "['sans-serif'] ['DejaVu Sans', 'Bitstream Vera Sans']", 0),
        A("It uses DejaVu Sans, matplotlib's default. The report is set in Inter. Want me to switch the chart to Inter?"),
        U("clarify_answer", "Yes. But only if Inter is already on the Mac, don't download it."),
        T("terminal", {"command": "fc-list 2>/dev/null | grep -i 'Inter' | head -2 || ls ~/Library/Fonts | grep -i inter"}, "/Users/signe/Library/Fonts/Inter-Regular.ttf: Inter:style=Regular\n/Users/signe/Library/Fonts/Inter-Bold.ttf: Inter:style=Bold", 0),
        A("Inter is installed in ~/Library/Fonts, nothing downloaded. Added to the top of plot_likert.py:\n\n```python\nplt.rcParams['font.family'] = 'Inter'\n```\n\nIf it still shows DejaVu, delete the matplotlib font cache once: `rm -rf ~/.matplotlib/fontlist-*.json`."),
        U("acceptance", "looks right now."),
    ]},
    "2026-07-17": {"role": "assistant", "steps": [
        U("plain", "Push notification when the other parent has picked up the child. Max 60 characters."),
        A("🎉 Great news! Ida has been picked up by Mads! 🚗💨"),
        U("reject_approach", "No emojis and no 'great news'. It's a status, not a celebration."),
        A("{child} was picked up by {parent} at {time}."),
        U("acceptance", "ok that's it."),
    ]},
    "2026-07-19": {"role": "timmy", "steps": [
        U("plain", "Fastest way by cargo bike from Valby to Amager Strandpark. Just the route, main streets."),
        A("There are three good options:\n\n**Option 1: Via Bryggebroen (≈ 10 km, 40 min)**\nValby Langgade → Enghavevej → Sydhavnen → Bryggebroen → Islands Brygge → Amagerbrogade → Øresundsvej → Amager Strandpark. Mostly cycle tracks, the bridge is wide enough for a cargo bike, but Islands Brygge is busy on sunny days.\n\n**Option 2: Via the city centre (≈ 11 km, 45 min)**\nVesterbrogade → Rådhuspladsen → Langebro → Amagerbrogade → Øresundsvej. Direct, but lots of traffic lights and crowded at Rådhuspladsen.\n\n**Option 3: Via Sydhavnen and Cykelslangen-style bridges (≈ 12 km, 50 min)**\nSjælør → Teglholmen → Teglværksbroen → Havneholmen → Inderhavnsbroen... This one is scenic but has more turns and some narrow bridges.\n\nI'd go with option 1 for a cargo bike."),
        U("repeat_narrow", "One route."),
        A("Valby Langgade → Enghavevej → Sydhavns Plads → Bryggebroen → Islands Brygge → Amagerbrogade → Øresundsvej → Amager Strandpark. About 10 km, 40 min."),
        U("acceptance", "ok"),
        A("👍"),
        U("new_task", "Is there parking for cargo bikes at the beach, the Helgoland end?"),
        T("web_search", {"query": "Amager Strandpark Helgoland ladcykel parkering"}, "amager-strand.dk: Cykelparkering ved Helgoland og ved Amager Strand station, inkl. pladser til ladcykler ved indgangen fra Øresundsvej.", 0),
        A("Yes - there's bike parking at Helgoland with dedicated cargo bike spaces by the entrance from Øresundsvej. Want me to save the route to your notes?"),
        U("decline_offer", "no need."),
    ]},
    "2026-07-21": {"role": "timmy", "steps": [
        U("plain", "Timeline for the summer house work. Electrician 2 weeks, then painting inside 1 week, new floor 1 week after the painting, outside paint whenever it's dry. Start 21 July. Done before 22 August."),
        A("| Week | Dates | Work |\n|------|-------|------|\n| 30 | 21-25 Jul | Electrician |\n| 31 | 28 Jul-1 Aug | Electrician |\n| 32 | 4-8 Aug | New floor |\n| 33 | 11-15 Aug | Painting inside |\n| 34 | 18-22 Aug | Buffer |\n\nOutside painting: any dry days in weeks 30-33; it doesn't block anything inside."),
        U("explicit", "Floor after painting. You put it before."),
        A("| Week | Dates | Work |\n|------|-------|------|\n| 30 | 21-25 Jul | Electrician |\n| 31 | 28 Jul-1 Aug | Electrician |\n| 32 | 4-8 Aug | Painting inside |\n| 33 | 11-15 Aug | New floor |\n| 34 | 18-22 Aug | Buffer |\n\nOutside painting on dry days in weeks 30-33."),
        U("followup", "The painter can only do weekends. So inside painting is 2 weekends."),
        A("| Week | Dates | Work |\n|------|-------|------|\n| 30-31 | 21 Jul-1 Aug | Electrician |\n| 31/32 | 2-3 Aug (weekend) | Painting inside, part 1 |\n| 32 | 9-10 Aug (weekend) | Painting inside, part 2 |\n| 33 | 11-15 Aug | New floor |\n| 34 | 18-22 Aug | Buffer |\n\nThe painter starts the weekend right after the electrician finishes, so the floor still fits in week 33. Only risk: if the electrician runs over, there's no room left before the buffer week."),
        U("acceptance", "tight but ok."),
    ]},
    "2026-07-22": {"role": "timmy", "steps": [
        U("plain", "Export the agree table to something I can put in the Word report."),
        T("terminal", {"command": "cd ~/surveys && ~/surveys/.venv/bin/python -c \"import pandas as pd; t=pd.read_pickle('agree.pkl'); open('agree.tex','w').write(t.to_latex())\""}, "", 0),
        A("Exported to `~/surveys/agree.tex` with `to_latex()`. It gives a clean booktabs table you can include in the report."),
        U("instead", "It's Word, not LaTeX. Give me a csv, I paste it in."),
        T("terminal", {"command": "cd ~/surveys && ~/surveys/.venv/bin/python -c \"import pandas as pd; t=pd.read_pickle('agree.pkl'); t.to_csv('agree.csv'); print(open('agree.csv').read())\""}, "segment,pct_agree,n\nleader,43.18181818181818,44\nparent,61.07784431137725,334\nstaff,52.80898876404494,89", 0),
        A("Saved `~/surveys/agree.csv`:\n\n```\nsegment,pct_agree,n\nleader,43.18181818181818,44\nparent,61.07784431137725,334\nstaff,52.80898876404494,89\n```"),
        U("partial", "csv is fine. But 43.18181818. Whole percent, like always."),
        T("terminal", {"command": "cd ~/surveys && ~/surveys/.venv/bin/python -c \"import pandas as pd; t=pd.read_pickle('agree.pkl'); t['pct_agree']=t['pct_agree'].round(0).astype(int); t.to_csv('agree.csv'); print(open('agree.csv').read())\""}, "segment,pct_agree,n\nleader,43,44\nparent,61,334\nstaff,53,89", 0),
        A("Rounded to whole percent, as in your report conventions:\n\n```\nsegment,pct_agree,n\nleader,43,44\nparent,61,334\nstaff,53,89\n```"),
        U("acceptance", "good."),
    ]},
    "2026-07-23": {"role": "assistant", "steps": [
        U("plain", "Copy for the date of birth field in the child profile. Label and helper text."),
        A("Quick question first: is this filled in by parents when they set up the profile, or by daycare staff?"),
        U("clarify_answer", "Parents, when they set up the profile."),
        A("**Label:** Date of birth\n**Component:** calendar date picker\n**Placeholder:** Select date\n**Helper text:** Tap to open the calendar and choose your child's birthday."),
        U("reject_approach", "Not a calendar picker. Nobody scrolls back three years in a calendar. Three fields, day month year. Copy for that."),
        A("**Label:** Date of birth\n**Fields:** Day · Month · Year (placeholders: DD · MM · YYYY)\n**Helper text:** For example 14 03 2023\n**Error:** Check the date - it doesn't look like a real date."),
        U("acceptance", "ok good"),
    ]},
}
