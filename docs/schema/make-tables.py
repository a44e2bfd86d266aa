#!/usr/bin/env python3
"""Regenerates the type tables of docs/json-format.md from docs/schema/case.schema.json.

Run from the repository root: python3 docs/schema/make-tables.py
"""
import json
import io, contextlib
MARK = '<!-- The tables below are generated from schema/case.schema.json by schema/make-tables.py. -->'
s=json.load(open('docs/schema/case.schema.json'))
defs=s['$defs']
ZONE='^(?:[A-Za-z0-9~/._+:-]{1,64})$'
def strip(p):
    if 'anyOf' in p: return [a for a in p['anyOf'] if a.get('type')!='null'][0], True
    return p, False
def typ(p):
    p,nullable=strip(p)
    if '$ref' in p:
        n=p['$ref'].split('/')[-1]
        return f'[{n}](#{n.lower()})'
    t=p.get('type')
    if t=='array': return 'list of ' + typ(p['items'])
    if t=='string':
        f=p.get('format')
        return {'date-time':'date-time','date':'date','iri':'URL'}.get(f, 'time zone' if p.get('pattern')==ZONE else 'text')
    return {'boolean':'true/false','integer':'integer','number':'number'}[t]
def rules(p):
    p,_=strip(p)
    out=[]
    if p.get('type')=='array':
        if 'minItems' in p: out.append(f"at least {p['minItems']} item")
        p2,_=strip(p['items'])
    else: p2=p
    if p2.get('pattern','').startswith('[^'): out.append('not blank')
    elif 'minLength' in p2 and p2['minLength']>0: out.append(f"at least {p2['minLength']} character" + ('s' if p2['minLength']>1 else ''))
    if 'maxLength' in p2: out.append(f"at most {p2['maxLength']} characters")
    if 'minimum' in p2: out.append(f"at least {p2['minimum']}")
    if p2.get('format')=='email': out.append('an e-mail address')
    pat=p2.get('pattern')
    if pat and not pat.startswith('[^') and p2.get('format') not in ('date-time','date') and pat != ZONE:
        out.append('matches `'+pat.replace('|','\\|')+'`')
    return '; '.join(out)
def table(name, d):
    req=set(d.get('required',[]))
    print(f"### {name}\n")
    if 'description' in d: print(d['description']+"\n")
    print("| field | type | required | meaning | rules |\n|---|---|---|---|---|")
    for k,p in d['properties'].items():
        desc=p.get('description','').replace('|','\\|')
        print(f"| `{k}` | {typ(p)} | {'yes' if k in req else ''} | {desc} | {rules(p)} |")
    print()
out = io.StringIO()
with contextlib.redirect_stdout(out):
  table('Case', s)
  for n,d in defs.items():
      if d.get('type')=='object': table(n,d)
  print("## Enumerations\n")
  for n,d in defs.items():
      if 'enum' in d:
          print(f"### {n}\n\n{d.get('description','')}\n\n" + ', '.join('`'+(v if isinstance(v,str) else json.dumps(v))+'`' for v in d['enum'])+"\n")
  print("## Codes\n")
  for n,d in defs.items():
      if d.get('type')=='string' and 'enum' not in d:
          print(f"### {n}\n\n{d['description']} Matches `{d['pattern']}`.\n")

doc = open('docs/json-format.md').read()
head = doc[:doc.index(MARK) + len(MARK)] if MARK in doc else doc.rstrip() + '\n\n' + MARK
open('docs/json-format.md', 'w').write(head + '\n\n' + out.getvalue().rstrip() + '\n')
