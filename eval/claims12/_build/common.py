import json, os
P = {}
def pl(key, name, lat, lon, note=None, **kw):
    d = dict(name=name, lat=lat, lon=lon)
    d.update(kw)
    P[key] = (d, note)
DOCS = []
def U(cat, val, pk, cl, ev, opt=False, w=None, s=(None, None, None), sc="event", mod=None, note=None, prec="day"):
    if isinstance(ev, str):
        ev = [ev]
    if isinstance(cl, str):
        cl = [cl]
    return dict(cat=cat, val=val, pk=pk, cl=cl, ev=ev, opt=opt, w=w, s=s, sc=sc,
                mod=mod or ("asserted" if cl is None else "claimed"), note=note, prec=prec)
def doc(id, url, title, published, conflict, form, summary, text, units):
    DOCS.append(dict(id=id, url=url, title=title, published=published, conflict=conflict,
                     form=form, summary=summary, text=text.strip("\n"), units=units))
