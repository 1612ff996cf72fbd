"""Format D sessions (trajectory files, 2-4 conversations each) for the fresh16 corpus, by blind author Q."""

D1 = {"time": "10:12:30", "title": "camera look-ahead", "steps": [
    ("u", "plain", "camera look-ahead for Pip: lead a bit in the direction she's swimming, smooth. Camera2D is a child of Pip right now"),
    ("a", "Camera2D has this mostly built in. In the inspector:\n\n- **Position Smoothing**: enabled, speed 5\n- **Drag**: horizontal and vertical enabled, margins 0.2\n- **Limit**: set left/top/right/bottom to the level bounds\n\nDrag margins let Pip move inside a box before the camera follows, which keeps small movements from shaking the view."),
    ("u", "repeat_narrow", "the look-ahead part though. camera should sit ahead of her in the swim direction, not behind in a drag box"),
    ("a", "Move the camera's `offset` toward the velocity direction, smoothed:\n\n```gdscript\n# on Pip (CharacterBody2D)\n@export var look_ahead := 90.0\n@export var look_speed := 3.0\n@onready var cam: Camera2D = $Camera2D\n\nfunc _physics_process(delta: float) -> void:\n    # ... movement, move_and_slide() ...\n    var target := Vector2.ZERO\n    if velocity.length() > 20.0:\n        target = velocity.normalized() * look_ahead\n    cam.offset = cam.offset.lerp(target, 1.0 - exp(-look_speed * delta))\n```\n\nTurn drag margins off for this; keep position smoothing on. The `exp` form keeps the smoothing the same at 60 and 144 fps."),
    ("u", "acceptance", "ok that feels way better. 90 is good"),
    ("a", "Glad it feels right. 90 px at Pip's swim speed is about a quarter second of travel ahead."),
    ("u", "new_task", "unrelated: how do I make the camera shake when a big bubble bursts"),
    ("a", "Trauma-style shake on the same camera:\n\n```gdscript\nvar trauma := 0.0\n\nfunc add_trauma(amount: float) -> void:\n    trauma = min(trauma + amount, 1.0)\n\nfunc _process(delta: float) -> void:\n    trauma = max(trauma - delta * 1.5, 0.0)\n    var s := trauma * trauma\n    cam.rotation = 0.03 * s * randf_range(-1, 1)\n    cam.h_offset = 0.0\n    cam.offset += Vector2(randf_range(-1, 1), randf_range(-1, 1)) * 8.0 * s\n```\n\nCall `add_trauma(0.5)` from the bubble. Squaring the trauma makes small hits subtle and big ones punchy. Put a 'reduce screen shake' toggle in settings - players ask for it."),
    ("u", "acceptance", "good shout on the toggle"),
]}

D2 = {"time": "13:40:11", "title": "curator pitch", "steps": [
    ("u", "plain", "email to the Cozy Quest curator group pitching the demo. 5 sentences max, they get hundreds"),
    ("a", "Subject: Kelp & Lantern - cozy underwater puzzle-platformer demo\n\nHi Cozy Quest team,\n\nI'm a solo developer from Vancouver and I've been working on Kelp & Lantern for three years. It's a cozy underwater puzzle-platformer where you play Pip, a tiny lanternfish courier. You bend and split light to solve puzzles across kelp forests and shipwrecks. The art is all hand-painted, and the soundtrack is by Ren Okabe. I think it would be a great fit for your audience because it's gentle, has no combat, and is playable in short sessions. The demo is live now and will be part of Next Fest. I'd be happy to send keys for the full game closer to launch. Thank you for considering it!\n\nBest,\nKai"),
    ("u", "echo", "5 sentences max"),
    ("a", "Subject: Kelp & Lantern - cozy underwater puzzle-platformer demo\n\nHi Cozy Quest team,\n\nKelp & Lantern is a cozy, combat-free underwater puzzle-platformer where you play Pip, a tiny lanternfish courier bending light through kelp forests and shipwrecks. The art is hand-painted and the soundtrack is by Ren Okabe. It plays well in short sessions, which I think suits your audience. The demo is live now and will be in Next Fest. I'd be happy to send full-game keys closer to launch. Thanks for considering it!\n\nBest,\nKai"),
    ("u", "explicit", "that's still 6. cut one"),
    ("a", "Subject: Kelp & Lantern - cozy underwater puzzle-platformer demo\n\nHi Cozy Quest team,\n\nKelp & Lantern is a cozy, combat-free underwater puzzle-platformer where you play Pip, a tiny lanternfish courier bending light through kelp forests and shipwrecks. The art is hand-painted and the soundtrack is by Ren Okabe. It plays well in short sessions, which I think suits your audience. The demo is live now and will be in Next Fest, and I'd be happy to send full-game keys closer to launch. Thanks for considering it!\n\nBest,\nKai"),
    ("u", "acceptance", "ok 5. sending"),
]}

D3 = {"time": "17:05:49", "title": "revenue estimate cad", "steps": [
    ("u", "plain", "rough first month revenue in CAD. assume 1,500 copies at 14.99 USD gross, steam takes 30%"),
    ("a", "Did you file the W-8BEN with Valve? Without it they withhold 30% US tax on top of their cut; with it, the Canada-US treaty rate for this kind of income is 0%."),
    ("u", "clarify_answer", "yes W-8BEN done, treaty 0%"),
    ("a", "- Gross: 1,500 x 14.99 = 22,485 USD\n- After Valve's 30%: 15,739.50 USD\n- Withholding: 0\n- In CAD at 1.25: **19,674 CAD**\n\nBefore income tax, and before regional pricing lowers the average price."),
    ("u", "instead", "use today's rate, USD/CAD is like 1.37 not 1.25"),
    ("t", "web_search", {"query": "USD to CAD exchange rate today"}, "1 US Dollar equals 1.3712 Canadian Dollar (Jun 28, 2026, 14:00 UTC)", 0),
    ("a", "At today's 1.3712: 15,739.50 USD x 1.3712 = **21,582 CAD** (about 1,900 more than at 1.25).\n\nBank conversion usually costs ~1-2.5% on top, so call it 21,100-21,400 CAD landing in your account."),
    ("u", "followup", "also assume 8% refunds, that's what other cozy devs told me"),
    ("a", "With 8% refunds: 15,739.50 x 0.92 = 14,480.34 USD x 1.3712 = **19,856 CAD**, or roughly 19,400-19,700 after bank conversion."),
    ("u", "acceptance", "ok, ~19.5k. putting that in the plan"),
]}

FILE1 = [D1, D2, D3]

D4 = {"time": "23:02:37", "title": "emergency vet", "steps": [
    ("u", "plain", "Mochi threw up 3 times in the last hour and is hiding. 24h emergency vet near kitsilano?"),
    ("t", "web_search", {"query": "24 hour emergency vet Vancouver BC"}, "1. Fraser Valley 24hr Animal Emergency - Surrey, 152 St - Open 24 hours\n2. Canada West Veterinary Specialists - 1988 Kingsway, Vancouver - 24/7 emergency\n3. Vancouver Animal Emergency Clinic - 1590 W 4th Ave, Vancouver - Open 24 hours", 0),
    ("a", "Fraser Valley 24hr Animal Emergency in Surrey is open 24 hours. Call ahead so they can prepare - and bring her most recent bloodwork results since she has kidney flags."),
    ("u", "repeat_narrow", "near kits. I'm not driving to surrey at 11pm"),
    ("a", "Closest: **Vancouver Animal Emergency Clinic, 1590 W 4th Ave** - about 5 minutes from Kits, open 24 hours. Second option: Canada West Veterinary Specialists, 1988 Kingsway (~20 min).\n\nCall on the way. Three vomits in an hour plus hiding in an 11-year-old cat with kidney values is worth going in tonight, not waiting. Bring the June bloodwork PDF on your phone."),
    ("u", "acceptance", "ok going to w 4th now"),
    ("a", "Go. I'll be here if you need anything from the files."),
]}

D5 = {"time": "11:28:14", "title": "god rays", "steps": [
    ("u", "plain", "god rays coming down from the water surface in biome 1. cheap, deck"),
    ("a", "A screen-space approach looks best:\n\n1. Render an occlusion mask of the surface into a SubViewport.\n2. Add a full-screen ColorRect with a radial-blur shader that marches from each pixel toward the light position, 64 samples, accumulating brightness with decay.\n3. Blend the result additively over the scene.\n\n```glsl\nfor (int i = 0; i < 64; i++) {\n    uv -= delta;\n    float s = texture(occlusion, uv).r * illum_decay * weight;\n    color += s;\n    illum_decay *= decay;\n}\n```\n\nThis gives physically plausible shafts that react to anything blocking the light."),
    ("u", "reject_approach", "no full screen pass with 64 taps on the deck. fake it with a few additive sprites + a shader on them"),
    ("a", "Sprite version: a tall gradient quad per ray (Sprite2D or Polygon2D, blend mode Add), with this material:\n\n```glsl\nshader_type canvas_item;\nrender_mode blend_add;\n\nuniform vec4 ray_color : source_color = vec4(0.7, 0.95, 1.0, 0.35);\nuniform float speed = 0.05;\n\nvoid fragment() {\n    float fade = 1.0 - UV.y;            // bright at the surface\n    float edge = sin(UV.x * 3.1416);     // soft sides\n    float flicker = 0.8 + 0.2 * sin((UV.x + TIME * speed) * 40.0);\n    COLOR = vec4(ray_color.rgb, ray_color.a * fade * edge * flicker);\n}\n```\n\nPlace 4-6 of them at slightly different angles and widths."),
    ("u", "partial", "sprites is the right call, cheap and looks nice. but the stripes slide sideways across the ray. they should sway back and forth, like the surface moving"),
    ("a", "Replace the scrolling term with a sway - skew the ray by a sine of time, stronger at the bottom:\n\n```glsl\nuniform float sway_amount = 0.08;\nuniform float sway_speed = 0.6;\nuniform float phase = 0.0;   // set different per ray\n\nvoid fragment() {\n    float fade = 1.0 - UV.y;\n    float x = UV.x + sin(TIME * sway_speed + phase) * sway_amount * UV.y;\n    float edge = sin(clamp(x, 0.0, 1.0) * 3.1416);\n    float flicker = 0.85 + 0.15 * sin(TIME * 1.3 + phase * 5.0);\n    COLOR = vec4(ray_color.rgb, ray_color.a * fade * edge * flicker);\n}\n```\n\nThe top stays pinned at the surface and the bottom swings; the flicker now pulses in place instead of travelling."),
    ("u", "acceptance", "yes!! that's the look. different phase per ray is key"),
]}

D6 = {"time": "20:19:55", "title": "ogawayama december", "steps": [
    ("u", "plain", "doing a climbing day at ogawayama during the japan trip in december. realistic or too cold?"),
    ("a", "Realistic on the right day. Ogawayama sits around 1,500 m, so December mornings are well below zero, but it's usually dry and sunny, and south-facing granite warms up by late morning. Locals boulder there into early winter; friction on cold granite is excellent.\n\nPlan for: start around 10:30, down jacket between burns, and be off by 15:00 when the sun drops behind the ridge. Snow is possible from mid-December, so check the forecast a few days out."),
    ("u", "followup", "no car. my parents are in kofu, can I get there by train"),
    ("a", "From Kofu: JR Chuo line to **Kobuchizawa** (~40 min), change to the **Koumi line** to **Shinano-Kawakami** (~50 min), then a taxi to Ogawayama's parking area (~20 min, book ahead - there are only a couple of taxis). The Koumi line runs roughly every 1-2 hours, so the first connection decides your day.\n\nWant me to look up the Koumi line timetable for a December weekday?"),
    ("u", "decline_offer", "nah, my dad knows the trains better than any website. thanks though"),
]}

FILE2 = [D4, D5, D6]

D7 = {"time": "09:47:22", "title": "subscription audit", "steps": [
    ("u", "plain", "go through ~/finance/subscriptions.csv, what could I cut? trying to stretch runway"),
    ("t", "terminal", {"command": "column -s, -t < ~/finance/subscriptions.csv"}, "name          cad_month  use\nJetBrains     32         rider for c# tools\nGitHub Pro    5.60       repos + actions\nAdobe CC      32.47      photoshop for marketing\nSpotify       12.99      personal\nNetflix       20.99      personal\nCrunchyroll   11.99      personal\nDropbox       15.99      backups of builds\nNYT           8.00       personal\nPatreon x3    18.00      supporting other devs", 0),
    ("a", "Biggest savings first:\n\n1. **Adobe CC 32.47** - Krita/Photopea cover marketing images\n2. **JetBrains 32** - VS Code with the C# extension is free\n3. **Netflix 20.99**\n4. **Patreon 18**\n5. **Dropbox 15.99** - git LFS or an external drive for builds\n6. **Spotify 12.99**\n\nCutting all six saves 132.44/month, ~1,590/year."),
    ("u", "repeat_narrow", "the personal ones. the dev tools are the job, I'm not swapping my IDE 4 months before launch"),
    ("a", "Personal only:\n\n- Netflix 20.99\n- Spotify 12.99\n- Crunchyroll 11.99\n- NYT 8.00\n- Patreon x3 18.00\n\nAll of them: **71.97/month, ~864/year**. A realistic middle ground is keeping one streaming service and rotating the other monthly - e.g. drop Netflix + NYT for 28.99/month (~348/year)."),
    ("u", "acceptance", "netflix and nyt go. the patreons stay, those are friends"),
    ("a", "Makes sense. That's 28.99/month back, ~1.5 weeks of extra runway per year at your current burn."),
    ("u", "new_task", "how do I cancel nyt without the retention phone call"),
    ("t", "web_search", {"query": "cancel NYT digital subscription online Canada"}, "Help Center - You can cancel online from your Account page: Account > Subscription overview > Cancel subscription. Some regions require chat; Canada subscribers can cancel online.", 0),
    ("a", "In Canada you can do it online: nytimes.com -> Account -> Subscription overview -> **Cancel subscription**. It'll show a discount offer first; scroll past it to confirm. No phone call needed."),
    ("u", "acceptance", "done. ty"),
]}

D8 = {"time": "15:33:08", "title": "japanese short description", "steps": [
    ("u", "plain", "translate the steam short description to japanese. my japanese is ok but my keigo is bad so I can't judge that part. text: 'Carry light to a sunken town as Pip, a tiny lanternfish courier. Kelp & Lantern is an underwater puzzle-platformer: bend light through kelp forests and shipwrecks, solve shadow puzzles across 40 handcrafted levels, and slowly bring the deep back to life.'"),
    ("a", "小さなランタンフィッシュの配達人ピップとなり、沈んだ町へ光をお届けくださいませ。『Kelp & Lantern』は水中パズルプラットフォーマーでございます。昆布の森や沈没船の中で光を曲げ、40の手作りステージで影のパズルを解き、深海に少しずつ命を取り戻していただけます。"),
    ("u", "instead", "way too formal, nobody writes store copy like that. plain form, like a nintendo eshop blurb"),
    ("a", "小さなランタンフィッシュの配達人・ピップになって、沈んだ町に光を届けよう。『Kelp & Lantern』は水中パズルアクション。昆布の森や沈没船で光を曲げ、40の手作りステージで影のパズルを解きながら、深海に少しずつ命を取り戻していく。"),
    ("u", "partial", "tone is right now. but ランタンフィッシュ sounds like a katakana mess, the japanese name for lanternfish is ハダカイワシ. use that"),
    ("a", "小さなハダカイワシの配達人・ピップになって、沈んだ町に光を届けよう。『Kelp & Lantern』は水中パズルアクション。昆布の森や沈没船で光を曲げ、40の手作りステージで影のパズルを解きながら、深海に少しずつ命を取り戻していく。\n\nハダカイワシ is the real name, though some players may not picture a glowing fish from it - if the capsule art shows Pip's light, that's covered."),
    ("u", "acceptance", "the art does the work. good, sending it to my cousin to proofread"),
]}

FILE3 = [D7, D8]

D9 = {"time": "12:02:46", "title": "beam reflection tests", "steps": [
    ("u", "plain", "write tests for the beam reflection math in scripts/light/beam.gd - reflect(dir, normal) and trace(start, dir, max_bounces)"),
    ("a", "Let's use GUT:\n\n1. AssetLib -> 'GUT - Godot Unit Test' -> install, enable the plugin.\n2. Create `res://test/unit/test_beam.gd`:\n\n```gdscript\nextends GutTest\n\nfunc test_reflect_flat_floor():\n    var r = Beam.reflect(Vector2(1, 1).normalized(), Vector2.UP)\n    assert_almost_eq(r, Vector2(1, -1).normalized(), Vector2(0.001, 0.001))\n```\n\n3. Run from the GUT panel at the bottom."),
    ("u", "reject_approach", "this project uses gdUnit4, it's already in addons/. don't add a second test framework"),
    ("t", "terminal", {"command": "cd ~/dev/kelp && ls addons/ && ls test/ 2>/dev/null && head -30 scripts/light/beam.gd"}, "gdUnit4\ntest_save_game.gd\nclass_name Beam\n\nstatic func reflect(dir: Vector2, normal: Vector2) -> Vector2:\n    return dir - 2.0 * dir.dot(normal) * normal\n\nstatic func trace(space: PhysicsDirectSpaceState2D, start: Vector2, dir: Vector2, max_bounces: int) -> PackedVector2Array:\n    var points := PackedVector2Array([start])\n    # ...", 0),
    ("a", "gdUnit4 version, next to your existing `test/test_save_game.gd`:\n\n```gdscript\n# test/test_beam.gd\nextends GdUnitTestSuite\n\nfunc test_reflect_flat_floor() -> void:\n    var r := Beam.reflect(Vector2(1, 1).normalized(), Vector2.UP)\n    assert_vector(r).is_equal_approx(Vector2(1, -1).normalized(), Vector2(0.001, 0.001))\n\nfunc test_reflect_head_on() -> void:\n    var r := Beam.reflect(Vector2.RIGHT, Vector2.LEFT)\n    assert_vector(r).is_equal_approx(Vector2.LEFT, Vector2(0.001, 0.001))\n\nfunc test_reflect_keeps_length() -> void:\n    var d := Vector2(3, -2).normalized()\n    var r := Beam.reflect(d, Vector2(0, 1))\n    assert_float(r.length()).is_equal_approx(1.0, 0.0001)\n```\n\n`trace()` takes a `PhysicsDirectSpaceState2D`, so it needs a scene: I'd test it with a small scene runner fixture (two StaticBody2D mirrors) rather than mocking the space state."),
    ("u", "followup", "yeah do the scene runner one. two mirrors at 45 degrees, beam should come back parallel"),
    ("a", "```gdscript\nfunc test_trace_two_mirrors_returns_parallel() -> void:\n    var runner := scene_runner(\"res://test/fixtures/two_mirrors.tscn\")\n    await runner.simulate_frames(2)\n    var space := runner.scene().get_world_2d().direct_space_state\n    var pts := Beam.trace(space, Vector2(0, 100), Vector2.RIGHT, 4)\n    assert_int(pts.size()).is_equal(4)  # start, mirror 1, mirror 2, end\n    var out_dir := (pts[3] - pts[2]).normalized()\n    assert_vector(out_dir).is_equal_approx(Vector2.LEFT, Vector2(0.01, 0.01))\n```\n\nFixture `two_mirrors.tscn`: two StaticBody2D with a thin RectangleShape2D each, rotated 45 and -45 degrees, at (300, 100) and (300, 300), so the beam goes right, down, then back left."),
    ("u", "acceptance", "all green. 👍"),
]}

D10 = {"time": "19:58:31", "title": "mochi weight plot", "steps": [
    ("u", "plain", "plot Mochi's weight from ~/pets/mochi_weight.csv into a png, in kg, for the vet"),
    ("t", "terminal", {"command": "cd ~/pets && python3 -c \"import matplotlib\""}, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nModuleNotFoundError: No module named 'matplotlib'", 1),
    ("t", "terminal", {"command": "pip3 install --break-system-packages matplotlib"}, "Collecting matplotlib\n  Downloading matplotlib-3.9.2-cp312-cp312-macosx_11_0_arm64.whl (7.8 MB)\nInstalling collected packages: ...\nSuccessfully installed contourpy-1.3.0 cycler-0.12.1 fonttools-4.54.1 kiwisolver-1.4.7 matplotlib-3.9.2 pillow-10.4.0 pyparsing-3.1.4", 0),
    ("a", "matplotlib wasn't installed, so I installed it into the system Python with `--break-system-packages`. Writing the plot script next."),
    ("u", "reject_approach", "don't pip install into system python, ever. gnuplot is installed, use that"),
    ("t", "terminal", {"command": "cd ~/pets && head -3 mochi_weight.csv && gnuplot -e \"set datafile separator ','; set xdata time; set timefmt '%Y-%m-%d'; set format x '%b %y'; set term png size 900,500; set output 'mochi_weight.png'; set ylabel 'weight'; plot 'mochi_weight.csv' using 1:2 skip 1 with linespoints title 'Mochi'\""}, "date,weight_lb\n2025-09-14,9.8\n2026-01-20,9.5", 0),
    ("a", "Done with gnuplot: `~/pets/mochi_weight.png`, dates on the x axis (Sep 2025 to now), one point per weigh-in. (I'll leave matplotlib in place unless you want it removed.)"),
    ("u", "echo", "\"in kg\". the csv is in lb and you plotted it straight"),
]}

FILE4 = [D9, D10]

FORMAT_D = {"2026-06-28": FILE1, "2026-07-01": FILE2, "2026-07-04": FILE3, "2026-07-06": FILE4}
