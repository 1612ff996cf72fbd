"""Hand-written sessions of the "fresh" corpus, format E: plain chat log JSONL, one session per file (data only; see make_fresh.py)."""

from sessions_fresh import DECISION, ERROR, A, S, U

# ==========================================================================
# Format E: plain chat log JSONL, one session per file
# (assistant role is "timmy" in some files and "assistant" in others)
# ==========================================================================

SESSIONS = [
    S("E", "session_2026-06-12.jsonl", "2026-06-12T20:05:14", [
        U("casting on a beanie. worsted yarn, gauge 18 sts per 10 cm, head is 56 cm. how many stitches?", "plain"),
        DECISION("Answer from general knowledge without running anything", "Gauge arithmetic"),
        A("""Great question — getting the stitch count right is the key to a hat that fits! Hats are usually knit with negative ease, meaning the finished circumference is a little smaller than the head so the fabric stretches to hug it. A common amount is about 10%, so for a 56 cm head you'd aim for around 50 cm.

At 18 stitches per 10 cm, that's 1.8 stitches per cm. Multiplying 50 × 1.8 gives 90 stitches. Depending on your stitch pattern, you may need to round this to a multiple that works for your rib or pattern repeat, so you might end up casting on somewhere between 88 and 92 stitches. It's always a good idea to knit a gauge swatch in the round, and to wash and block it, because gauge can change after washing!"""),
        U("number only please, and it needs to be a multiple of 4 for the 2x2 rib", "repeat_narrow"),
        A("88."),
        U("casting on now 🧶", "acceptance"),
        A("Enjoy."),
        U("Actually, when should I start the crown decreases? it's for my brother, same head size as me", "followup"),
        A("At about 15–16 cm from the cast-on edge (18 cm if he likes it slouchy). With 88 stitches, decrease 8 every other round: k9, k2tog around, then k8, k2tog, and so on down."),
        U("noted, thx", "acceptance"),
        A("Happy knitting."),
    ], role="timmy"),

    S("E", "session_2026-06-13.jsonl", "2026-06-13T15:48:39", [
        U("laptop fan has been screaming all afternoon, what's hogging the cpu", "plain"),
        A("Spotlight's indexer, mds_stores, at 187% CPU. Slack is a distant second at 22%.", tools=[
            ("ps -Ao pid,pcpu,comm -r | head -4",
             "  PID  %CPU COMM\n"
             "  412 187.3 /System/Library/Frameworks/CoreServices.framework/Frameworks/Metadata.framework/Versions/A/Support/mds_stores\n"
             " 9831  22.1 /Applications/Slack.app/Contents/MacOS/Slack\n"
             "  388   9.4 /System/Library/CoreServices/WindowServer"),
        ]),
        U("it's been like that since tuesday", "plain"),
        A("That's longer than a normal reindex. I can rebuild the index with `sudo mdutil -E /`, which usually unsticks it. Want me to?"),
        U("no don't rebuild anything yet. can you see what it's actually indexing?", "decline_offer"),
        ERROR("terminal tool timed out after 60s", "fs_usage started without a time limit; retried with -t 5"),
        A("Almost all of it is ~/code/monorepo/node_modules: 4,121 file hits in 5 seconds. It's probably reindexing every time npm installs something.", tools=[
            ("sudo fs_usage -w -f filesys -t 5 mds_stores | grep -o '/Users/[^ ]*' | cut -d/ -f1-6 | sort | uniq -c | sort -rn | head -3",
             "   4121 /Users/dana/code/monorepo/node_modules\n     37 /Users/dana/Library/Mail\n      9 /Users/dana/Documents/notes"),
        ]),
        U("ahh that makes sense. how do I exclude that folder", "followup"),
        A("System Settings → Siri & Spotlight → Spotlight Privacy → + → pick ~/code/monorepo/node_modules (or all of ~/code). It stops indexing that folder straight away."),
        U("done, fan's already calming down", "acceptance"),
        A("Good."),
    ], role="assistant"),

    S("E", "session_2026-06-14.jsonl", "2026-06-14T09:26:03", [
        U("google sheets formula: number of days until payday. payday is the 25th every month", "plain"),
        A("""`=DATE(YEAR(TODAY()), MONTH(TODAY()), 25) - TODAY()`

Format the cell as a number, not a date."""),
        U("that works today but after the 25th it goes negative. it should count to next month's 25th", "partial"),
        A("""`=DATE(YEAR(TODAY()), MONTH(TODAY()) + (DAY(TODAY()) > 25), 25) - TODAY()`

After the 25th it jumps to next month; DATE handles December → January by itself."""),
        U("cheers, that's the one", "acceptance"),
        A("👍"),
        U("no wait, one more: can it say \"payday!\" on the day itself instead of 0", "followup"),
        A("`=LET(d, DATE(YEAR(TODAY()), MONTH(TODAY()) + (DAY(TODAY()) > 25), 25) - TODAY(), IF(d = 0, \"payday!\", d))`"),
        U("😂 love it", "acceptance"),
        A("Roll on the 25th."),
    ], role="timmy"),

    S("E", "session_2026-06-15.jsonl", "2026-06-15T11:52:47", [
        U("what's a houseplant that's basically impossible to kill? my flat gets almost no sun", "plain"),
        A("""Here are some great low-light, low-maintenance houseplants:

1. **ZZ plant** — stores water in its rhizomes; thrives on neglect.
2. **Snake plant** — tolerates low light and infrequent watering.
3. **Pothos** — fast-growing trailer that copes with dim corners.
4. **Cast iron plant** — the name says it all.
5. **Peace lily** — droops dramatically when thirsty, then recovers.
6. **Philodendron** — heartleaf varieties are very forgiving.
7. **Chinese evergreen** — comes in lots of leaf colours.
8. **Parlour palm** — a small palm that likes shade.
9. **Spider plant** — produces baby plants you can pot up.
10. **Dracaena** — tall and architectural.

Most of these prefer to dry out between waterings, so the biggest risk is overwatering!"""),
        U("honestly I'd prefer you just pick for me. which one would you get?", "instead"),
        A("A ZZ plant. It copes with almost no light, and you only water it when the soil is completely dry, roughly once a month."),
        U("ZZ it is, ordering one", "acceptance"),
        A("Want me to set a monthly watering reminder?"),
        U("nope, I'll just water it when I do the others", "decline_offer"),
        A("Fair enough."),
    ], role="assistant"),

    S("E", "session_2026-06-16.jsonl", "2026-06-16T18:33:21", [
        U("I need a name for my sourdough starter", "plain"),
        A("Love it. Any direction: puns, a person's name, something from a film?"),
        U("puns, the worse the better", "clarify_answer"),
        A("""- Clint Yeastwood
- Bread Pitt
- Doughlene Dion
- Sir Loaf-a-lot
- The Yeasty Boys"""),
        U("Bread Pitt. obviously", "acceptance"),
        A("Long may he rise."),
        U("Actually while you're here, what temp should I keep him at? kitchen is pretty cold", "new_task"),
        A("Around 24–26 °C is ideal. In a cold kitchen, try the oven with just the light on (crack the door if it goes above 30 °C), or the top of the fridge."),
        U("oven light trick, nice", "acceptance"),
        A("Put a note on the oven so nobody preheats it with him inside."),
    ], role="timmy"),

    S("E", "session_2026-06-17.jsonl", "2026-06-17T22:10:58", [
        U("how do I get my zsh prompt to show the current git branch", "plain"),
        A("""The easiest way is to install Oh My Zsh, which includes git integration out of the box:

```
sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"
```

Then set a theme that shows the branch, e.g. in ~/.zshrc:

```
ZSH_THEME="robbyrussell"
```

Restart your terminal and the branch will appear whenever you're inside a git repository. Oh My Zsh also gives you hundreds of plugins and themes to explore."""),
        U("not installing a whole framework for one feature. plain zsh please", "reject_approach"),
        A("""Add this to ~/.zshrc:

```
autoload -Uz vcs_info
precmd() { vcs_info }
zstyle ':vcs_info:git:*' formats '(%b) '
PROMPT='%~ ${vcs_info_msg_0_}%# '
```"""),
        U("closer, no framework at least, but now the prompt literally prints ${vcs_info_msg_0_}", "partial", second=True),
        A("""Add `setopt PROMPT_SUBST` before the PROMPT line; without it zsh doesn't expand variables in the prompt:

```
autoload -Uz vcs_info
precmd() { vcs_info }
zstyle ':vcs_info:git:*' formats '(%b) '
setopt PROMPT_SUBST
PROMPT='%~ ${vcs_info_msg_0_}%# '
```

Then `source ~/.zshrc`."""),
        U("there it is, (main). thank you", "acceptance"),
        A("Enjoy the new prompt."),
    ], role="assistant"),

    S("E", "session_2026-06-18.jsonl", "2026-06-18T07:44:16", [
        U("recommend me a history podcast", "plain"),
        A("""Here are some popular history podcasts:

- **Hardcore History** (Dan Carlin) — epic multi-hour deep dives.
- **The Rest Is History** — two historians chatting across every era.
- **Revolutions** (Mike Duncan) — one revolution per series.
- **You're Dead to Me** — comedy meets history.
- **History Extra** — from BBC History Magazine.
- **Fall of Civilizations** — long, atmospheric episodes on collapsing empires.
- **Stuff You Missed in History Class** — lesser-known stories.
- **The History of Rome** — the whole of Rome in 179 episodes."""),
        U("specifically ancient rome, and episodes I can finish on a 25 minute commute", "repeat_narrow"),
        A("**The History of Rome** by Mike Duncan. Most episodes are 20–30 minutes, and it runs in order from the founding to the fall of the West, so just start at episode 1."),
        U("downloaded, ty", "acceptance"),
        A("Want a couple more in the same style for when you finish it?"),
        U("no, that's 179 episodes, I'm good for a while 😅", "decline_offer"),
        A("Fair point. Enjoy."),
    ], role="timmy"),

    S("E", "session_2026-06-19.jsonl", "2026-06-19T17:20:35", [
        U("back up my Notes export folder to the external drive", "plain"),
        A("There are two external drives connected: LACIE and UNTITLED. Which one?", tools=[
            ("ls /Volumes", "LACIE\nMacintosh HD\nUNTITLED"),
        ]),
        U("lacie, the other one's a camera card", "clarify_answer"),
        DECISION("Copy with rsync -a rather than Finder", "Preserves timestamps and can be rerun incrementally"),
        A("Copied ~/Documents/NotesExport to /Volumes/LACIE/NotesExport: 1,284 files, 212 MB.", tools=[
            ("rsync -a --stats ~/Documents/NotesExport /Volumes/LACIE/ | grep -E 'Number of regular files transferred|Total transferred file size'",
             "Number of regular files transferred: 1,284\nTotal transferred file size: 212,447,381 bytes"),
        ]),
        U("great. can you make it a dated folder so next time doesn't overwrite this one", "followup"),
        A("Renamed it to NotesExport-2026-06-19. Next time I'll copy into a folder with that day's date.", tools=[
            ("mv /Volumes/LACIE/NotesExport /Volumes/LACIE/NotesExport-2026-06-19 && ls /Volumes/LACIE",
             "NotesExport-2026-06-19\nPhotos-archive"),
        ]),
        U("perfect, eject it please", "followup"),
        A("Ejected, safe to unplug.", tools=[
            ("diskutil eject /Volumes/LACIE", "Disk /Volumes/LACIE ejected"),
        ]),
        U("👍", "acceptance"),
    ], role="assistant"),

    S("E", "session_2026-06-20.jsonl", "2026-06-20T10:58:02", [
        U("write a message to my neighbour asking if they could trim their hedge, it's growing over the footpath and people with buggies have to go in the road", "plain"),
        A("""Dear Neighbour,

I hope this letter finds you well. I am writing to respectfully bring to your attention that the hedge at the front of your property has grown to the extent that it now overhangs the public footpath. As a consequence, pedestrians, particularly those with pushchairs, are being obliged to step into the road, which presents a safety concern.

I would be most grateful if you could arrange for the hedge to be trimmed at your earliest convenience.

Yours faithfully,
[Your name]"""),
        U("we're on good terms, make it a friendly whatsapp message", "instead"),
        A("Hi Pete! Hope you're well. Quick one: the hedge out front has got a bit wild and it's spilling over the path, so people with buggies are having to step into the road. Any chance you could give it a trim when you get a minute? Happy to lend you my hedge trimmer if that helps 🙂"),
        U("lovely, sent", "acceptance"),
        A("Hope he's quick with the shears."),
        U("ha. different topic: what's the best way to get moss off a patio", "new_task"),
        A("A pressure washer is the quickest way: use a rotary (turbo) nozzle and work in overlapping strips, keeping the lance about 30 cm from the surface. Afterwards, apply a patio cleaner or diluted bleach solution to kill any spores, and brush kiln-dried sand back into the joints."),
        U("no pressure washer, it's old sandstone and I don't want to blast the surface off it", "reject_approach"),
        A("""For old sandstone, go gentle:

1. Scrape off the thick moss with a plastic scraper or a stiff broom on a dry day.
2. Apply a biocide labelled safe for natural stone (no bleach, no acid) and leave it; it works over a few weeks as rain washes it in.
3. Brush off what's left once it has gone brown."""),
        U("ok, job for the weekend", "acceptance"),
        A("Pick a dry forecast for step 2."),
    ], role="timmy"),

    S("E", "session_2026-06-21.jsonl", "2026-06-21T16:37:44", [
        U("stretches for lower back after sitting all day?", "plain"),
        A("""Here's a comprehensive routine to relieve lower back tension:

1. **Knee-to-chest stretch** — lie on your back and pull one knee toward your chest. Hold 30 seconds per side.
2. **Cat-cow** — on all fours, alternate arching and rounding your back, 10 reps.
3. **Child's pose** — kneel, sit back on your heels and reach forward. Hold 30–60 seconds.
4. **Piriformis stretch** — lying on your back, cross one ankle over the opposite knee and pull toward you.
5. **Supine twist** — lie on your back and let both knees fall to one side.
6. **Cobra** — lie face down and press up gently through your hands.
7. **Hip flexor lunge** — kneel on one knee and shift your hips forward.
8. **Hamstring stretch with a strap** — lie on your back with one leg raised.
9. **Pelvic tilts** — lying on your back, flatten your lower back into the floor.
10. **Glute bridge** — 10–15 reps to activate the glutes.

Aim to do this routine daily, and consult a physiotherapist if pain persists."""),
        U("3 I can do at my desk", "repeat_narrow"),
        A("""1. **Seated twist** — sit tall, hold the back of your chair and rotate gently. 20 seconds each side.
2. **Standing back extension** — stand up, hands on your lower back, lean back slightly. 5 reps.
3. **Knee-to-chest stretch** — lie on your back and hug one knee in. 30 seconds per side."""),
        U("first two are good but I'm not lying on the office carpet 😂 swap the third", "partial", second=True),
        A("3. **Seated figure-four** — sit, put your right ankle on your left knee, and lean forward with a straight back until you feel it in your hip. 30 seconds each side."),
        U("doing them now, the figure four is spicy", "acceptance"),
        A("That's a tight piriformis talking. It gets easier after a few days."),
    ], role="assistant"),
]
