import json, sys
ids = sys.argv[1:]
base = __import__('os').path.dirname(__import__('os').path.dirname(__import__('os').path.abspath(__file__)))
docs = [json.loads(l) for l in open(base + '/docs.jsonl')]
for d in docs:
    if ids and d['id'] not in ids:
        continue
    print("=====", d['id'], d['published'], d['title'])
    print(d['text'])
    g = json.load(open(f"{base}/gold_full/{d['id']}.gold.json"))
    m = json.load(open(f"{base}/gold_meta/{d['id']}.json"))
    for c, mm in zip(g['claims'], m):
        print(f"  {'(opt) ' if c['optional'] else ''}{c['category']:13} {str(c['value']):8} {c['place']['name'][:26]:26} {mm['scope'][:3]} {mm['modality'][:4]} {c['when']['date']} {c['sides']['claimant']}/{c['sides']['victim']}/{c['sides']['actor']} {c['claimant'][:2] if c['claimant'] else None}")
