import os, json, random, html, datetime
random.seed(42)
# Writes the fictional demo web into src/main/resources/demo-web; re-run after editing (the output is committed).
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'main', 'resources', 'demo-web')
B = '{{BASE}}/demo'
def w(path, text):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w', encoding='utf-8').write(text)

PUBS = [
  dict(id='healthit-weekly', name='HealthIT Weekly', city='Dublin', feed='rss-full', desc='Weekly news on hospital IT, EHR interoperability and health data in Ireland and the UK.'),
  dict(id='telehealth-today', name='Telehealth Today', city='Chicago', feed='rss-summary', desc='Virtual care, remote patient monitoring and telehealth policy in the United States.'),
  dict(id='payer-review', name='Payer & Provider Review', city='Chicago', feed='atom', desc='Reimbursement, value-based care and payer-provider contracting.'),
  dict(id='irish-health-tech', name='Irish Health Tech News', city='Cork', feed='rss-summary', desc='Digital health start-ups, HSE programmes and health innovation across Ireland.'),
]
JOURNALISTS = ['Niamh Gallagher', 'Tom Reilly', 'Karen Liu', 'Michael Dorsey', 'Grace Okafor', 'Sean Fitzpatrick', 'Laura Brandt', 'Eoin Kelly']
TOPICS = {
 'telehealth': dict(titles=['Telehealth visits hold steady as {org} expands virtual urgent care','{org} pilots remote patient monitoring for heart failure patients','Why rural clinics are doubling down on telehealth','Virtual nursing moves from pilot to standard practice at {org}','Telehealth parity laws: what changes for providers this year','Hospital-at-home programmes lean on telehealth to free beds'],
   sents=['Virtual visits now account for roughly one in five outpatient encounters at {org}, according to figures shared with {pub}.','Clinicians say the main gain is continuity: patients with chronic conditions keep their appointments when they do not have to travel.','Remote patient monitoring devices send blood pressure and weight readings to a nurse-led hub every morning.','The programme started with 120 patients and will extend to 600 by the end of the year.','Broadband gaps remain the biggest obstacle outside the cities, and several clinics lend tablets with mobile data.','Payers have been slower to agree on rates for audio-only visits, which matter most for older patients.','Staff training took longer than the technology roll-out, the project lead said.','Early results show fewer emergency readmissions among monitored patients.']),
 'reimbursement': dict(titles=['New reimbursement codes for remote monitoring reach {org}','Value-based contracts: {org} shares its first-year results','Prior authorisation reform promises faster approvals','Bundled payments for joint replacement come to {org}','What the updated fee schedule means for outpatient clinics','Reimbursement for digital therapeutics: a patchwork slowly closing'],
   sents=['The new billing codes cover device set-up, monthly data review and clinician time.','Finance teams at {org} spent months mapping existing workflows to the codes before the first claim was submitted.','Value-based contracts tie part of the payment to readmission rates and patient-reported outcomes.','Denial rates fell after the organisation automated eligibility checks, its revenue cycle director said.','Smaller practices worry that the documentation burden will outweigh the extra income.','Prior authorisation still takes an average of four working days, down from seven last year.','Payers argue that clearer rules will reduce disputes on both sides.','Analysts expect more payers to follow within eighteen months.']),
 'interoperability': dict(titles=['{org} connects to the national shared care record','FHIR APIs move from compliance exercise to everyday tool','EHR interoperability: lessons from a regional data exchange','{org} retires fax referrals after ten-year effort','Patient access APIs see first real traffic','Why interoperability projects stall after go-live'],
   sents=['The integration uses HL7 FHIR resources for patients, encounters, medications and allergies.','Clinicians at {org} can now see discharge summaries from neighbouring hospitals within minutes.','Matching patient identities across systems remains the hardest part of the work, engineers say.','The regional exchange handles around two million messages a month.','Vendors were asked to publish their API documentation openly as a condition of the contract.','Consent management was redesigned so that patients can see who accessed their record.','The project team measured success by the number of phone calls avoided between wards.','A second phase will add imaging reports and laboratory results.']),
 'cybersecurity': dict(titles=['Ransomware drill tests {org} downtime procedures','Health systems tighten third-party access after breaches','{org} appoints first chief information security officer','Medical device security: inventories come first'],
   sents=['The drill simulated a full outage of the electronic health record for 48 hours.','Paper downtime forms were printed and stored on every ward ahead of the exercise.','Third-party vendors now connect through a single monitored gateway with multi-factor authentication.','A complete inventory of connected medical devices took the team nine months.','Security staff say the biggest risk is still phishing aimed at busy clinical staff.','The board now receives a quarterly cyber risk report alongside financial results.']),
 'ai': dict(titles=['Ambient AI scribes cut documentation time at {org}','{org} sets up an AI governance board','Sepsis prediction model gets a second look','Radiology AI: from pilot to procurement'],
   sents=['Doctors using the ambient scribe spent on average 40 minutes less per day on notes.','Every AI tool now passes through a governance board that includes clinicians, ethicists and patients.','The sepsis model was recalibrated after it produced too many alerts on surgical wards.','Radiologists remain responsible for every report; the tool only prioritises the worklist.','Procurement teams ask vendors for validation on local data before signing.','Patients are told when AI is used in their care, under the new policy.']),
}
ORGS_IE = ["St. Brigid's University Hospital", 'Beacon Health Partners', 'Cork University Hospital Group', 'the HSE South West region', 'Galway Clinic Network', 'Mater Private Network']
ORGS_US = ['Lakeshore Medical Group', 'Northwestern Valley Health', 'Prairie Health System', 'Great Lakes Health Plan', 'Midwest Rural Health Alliance', 'Riverside Community Hospital']

EXPERTS = [
 dict(slug='aoife-brennan', name='Aoife Brennan', title='Chief Clinical Information Officer', org="St. Brigid's University Hospital", city='Dublin', region='Leinster', country='IE', topics=['EHR interoperability','clinical informatics'], fmt='jsonld'),
 dict(slug='john-murphy-beacon', name='John Murphy', title='Director of Digital Health', org='Beacon Health Partners', city='Dublin', region='Leinster', country='IE', topics=['telehealth','digital transformation'], fmt='jsonld'),
 dict(slug='john-murphy-lakeshore', name='John Murphy', title='Vice President, Revenue Cycle', org='Lakeshore Medical Group', city='Chicago', region='IL', country='US', topics=['reimbursement','value-based care'], fmt='microdata'),
 dict(slug='siobhan-oleary', name="Siobhán O'Leary", title='Health Economist', org='Munster Health Economics Institute', city='Cork', region='Munster', country='IE', topics=['reimbursement','health economics'], fmt='microdata'),
 dict(slug='marcus-webb', name='Marcus Webb', title='Medical Director, Virtual Care', org='Northwestern Valley Health', city='Chicago', region='IL', country='US', topics=['telehealth','remote patient monitoring'], fmt='jsonld'),
 dict(slug='priya-raman', name='Priya Raman', title='Interoperability Architect', org='Prairie Health System', city='Chicago', region='IL', country='US', topics=['EHR interoperability','FHIR'], fmt='jsonld'),
 dict(slug='ciaran-walsh', name='Ciarán Walsh', title='Head of Reimbursement', org='Cork University Hospital Group', city='Cork', region='Munster', country='IE', topics=['reimbursement','procurement'], fmt='jsonld'),
 dict(slug='dana-kowalski', name='Dana Kowalski', title='Chief Information Security Officer', org='Great Lakes Health Plan', city='Chicago', region='IL', country='US', topics=['cybersecurity'], fmt='jsonld'),
]
EXP = {e['slug']: e for e in EXPERTS}

def page(title, body, head='', lang='en'):
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}</head>
<body>
{body}
<footer><p>Part of the Vertical KB demo web: fictional publications, events and people written for testing.</p></footer>
</body>
</html>
'''

def nav(pub):
    return f'<header><a href="{B}/{pub["id"]}/">{html.escape(pub["name"])}</a> · <a href="{B}/">Demo web home</a> · <a href="{B}/events/">Events</a> · <a href="{B}/experts/">Experts</a></header>'

# articles
articles = []
start = datetime.datetime(2026, 1, 5, 9, 30)
for pi, pub in enumerate(PUBS):
    orgs = ORGS_US if pub['city'] == 'Chicago' else ORGS_IE
    for i in range(16):
        topic = list(TOPICS)[(i + pi) % len(TOPICS)]
        t = TOPICS[topic]
        org = orgs[(i * 7 + pi) % len(orgs)]
        title = t['titles'][(i // len(TOPICS) + pi) % len(t['titles'])].format(org=org)
        if any(a['title'] == title for a in articles):
            title = title + (' — update' if i % 2 else ': a second look')
        d = start + datetime.timedelta(days=(i * 11 + pi * 3) % 300, hours=pi)
        author = JOURNALISTS[(i + pi * 2) % len(JOURNALISTS)]
        author_slug = None
        sents = t['sents'][:]
        random.shuffle(sents)
        paras = [' '.join(s.format(org=org, pub=pub['name']) for s in sents[k:k + 2]) for k in range(0, min(len(sents), 8), 2)]
        articles.append(dict(pub=pub, slug=f'{d:%Y-%m}-{topic}-{i+1:02d}', title=title, date=d, author=author, author_slug=author_slug, topic=topic, org=org, paras=paras))

# special articles: Aoife Brennan in March (healthit-weekly), experts writing
def special(pub_id, slug, title, date, author_slug, paras, topic):
    pub = next(p for p in PUBS if p['id'] == pub_id)
    e = EXP[author_slug]
    articles.append(dict(pub=pub, slug=slug, title=title, date=date, author=e['name'], author_slug=author_slug, topic=topic, org=e['org'], paras=paras))
special('healthit-weekly', '2026-03-opinion-shared-care-record', 'Opinion: the shared care record needs clinicians, not just APIs', datetime.datetime(2026, 3, 12, 8, 0), 'aoife-brennan', [
 "Aoife Brennan, Chief Clinical Information Officer at St. Brigid's University Hospital in Dublin, argues that EHR interoperability succeeds only when clinicians shape the workflows.",
 'We connected our hospital to the national shared care record last autumn. The FHIR interfaces were the easy part; agreeing what a discharge summary must contain took a year.',
 'My advice to other hospitals: put a nurse and a general practitioner on the design team from day one, and measure success by phone calls avoided, not by messages sent.'], 'interoperability')
special('telehealth-today', '2026-04-remote-monitoring-chicago', 'Remote monitoring at scale: notes from a Chicago health system', datetime.datetime(2026, 4, 2, 10, 0), 'marcus-webb', [
 'Marcus Webb, Medical Director for Virtual Care at Northwestern Valley Health, describes how remote patient monitoring grew from 80 to 2,400 patients in Chicago.',
 'Reimbursement for remote monitoring made the programme sustainable, but the nurse-led hub is what made it safe.'], 'telehealth')
special('payer-review', '2026-05-value-based-contracts-midwest', 'Value-based contracts in the Midwest: what a revenue cycle leader learned', datetime.datetime(2026, 5, 6, 15, 0), 'john-murphy-lakeshore', [
 'John Murphy, Vice President of Revenue Cycle at Lakeshore Medical Group in Chicago, looks back on three years of value-based contracts.',
 'Shared savings arrived in year two, once the group could see claims data from the health plan every month instead of every quarter.'], 'reimbursement')
special('irish-health-tech', '2026-02-beacon-virtual-wards', 'Beacon Health Partners opens virtual wards in Dublin', datetime.datetime(2026, 2, 18, 11, 0), 'john-murphy-beacon', [
 'John Murphy, Director of Digital Health at Beacon Health Partners in Dublin, says the new virtual wards will look after up to 60 patients at home.',
 'Patients recovering from respiratory illness are monitored with pulse oximeters and a daily video call with the ward team.'], 'telehealth')

for a in articles:
    a['url'] = f'{B}/{a["pub"]["id"]}/articles/{a["slug"]}.html'
    a['summary'] = a['paras'][0][:220]

def article_html(a, idx):
    pub = a['pub']
    from zoneinfo import ZoneInfo
    iso = a['date'].replace(tzinfo=ZoneInfo('America/Chicago' if pub['city'] == 'Chicago' else 'Europe/Dublin')).isoformat()
    a['iso'] = iso
    head = f'<link rel="canonical" href="{a["url"]}">\n<meta name="description" content="{html.escape(a["summary"])}">\n<meta property="og:type" content="article">\n<meta property="og:title" content="{html.escape(a["title"])}">\n'
    use_jsonld = (idx % 2 == 0) or a['author_slug']
    author_link = f'<a rel="author" href="{B}/experts/{a["author_slug"]}.html">{html.escape(a["author"])}</a>' if a['author_slug'] else html.escape(a['author'])
    if use_jsonld:
        author = {'@type': 'Person', 'name': a['author']}
        if a['author_slug']:
            e = EXP[a['author_slug']]
            author.update({'jobTitle': e['title'], 'affiliation': {'@type': 'Organization', 'name': e['org']}, 'url': f'{B}/experts/{a["author_slug"]}.html'})
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': iso, 'author': author,
              'publisher': {'@type': 'Organization', 'name': pub['name']}, 'mainEntityOfPage': a['url'], 'description': a['summary']}
        head += '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=1) + '\n</script>\n'
    else:
        head += f'<meta name="author" content="{html.escape(a["author"])}">\n<meta property="article:published_time" content="{iso}">\n'
    body = nav(pub) + f'''
<main>
<article>
<h1>{html.escape(a["title"])}</h1>
<p class="byline">By {author_link} · <time datetime="{iso}">{a["date"]:%d %B %Y}</time></p>
''' + '\n'.join(f'<p>{html.escape(p)}</p>' for p in a['paras']) + f'''
</article>
<aside><h2>More from {html.escape(pub["name"])}</h2><ul>
''' + '\n'.join(f'<li><a href="{o["url"]}">{html.escape(o["title"])}</a></li>' for o in [x for x in articles if x['pub'] is pub and x is not a][:3]) + '''
</ul></aside>
</main>'''
    return page(a['title'] + ' | ' + pub['name'], body, head)

for i, a in enumerate(articles):
    w(f'{a["pub"]["id"]}/articles/{a["slug"]}.html', article_html(a, i))

def rfc822(d, chicago):
    from zoneinfo import ZoneInfo
    return d.replace(tzinfo=ZoneInfo('America/Chicago' if chicago else 'Europe/Dublin')).strftime('%a, %d %b %Y %H:%M:%S %z')

for pub in PUBS:
    mine = sorted([a for a in articles if a['pub'] is pub], key=lambda a: a['date'], reverse=True)
    idx = nav(pub) + f'<main><h1>{html.escape(pub["name"])}</h1><p>{html.escape(pub["desc"])}</p><ul>' + '\n'.join(
        f'<li><a href="{a["url"]}">{html.escape(a["title"])}</a> <time datetime="{a["iso"]}">{a["date"]:%d %b %Y}</time></li>' for a in mine) + '</ul>'
    if pub['feed'] == 'atom':
        idx += f'<p><a href="{B}/{pub["id"]}/atom.xml">Atom feed</a></p>'
    else:
        idx += f'<p><a href="{B}/{pub["id"]}/feed.xml">RSS feed</a></p>'
    if pub['id'] == 'irish-health-tech':
        idx += f'<p><a href="{B}/irish-health-tech/events.html">Events we are attending</a></p>'
    idx += '</main>'
    alt = f'<link rel="alternate" type="application/{"atom" if pub["feed"]=="atom" else "rss"}+xml" href="{B}/{pub["id"]}/{"atom" if pub["feed"]=="atom" else "feed"}.xml">'
    w(f'{pub["id"]}/index.html', page(pub['name'], idx, alt))
    chicago = pub['city'] == 'Chicago'
    if pub['feed'] == 'atom':
        entries = ''.join(f'''  <entry>
    <title>{html.escape(a["title"])}</title>
    <link href="{a["url"]}"/>
    <id>{a["url"]}</id>
    <updated>{a["iso"]}</updated>
    <published>{a["iso"]}</published>
    <author><name>{html.escape(a["author"])}</name></author>
    <summary>{html.escape(a["summary"])}</summary>
  </entry>
''' for a in mine)
        w(f'{pub["id"]}/atom.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{html.escape(pub["name"])}</title>
  <link href="{B}/{pub["id"]}/"/>
  <link rel="self" href="{B}/{pub["id"]}/atom.xml"/>
  <id>{B}/{pub["id"]}/</id>
  <updated>{mine[0]["iso"]}</updated>
{entries}</feed>
''')
    else:
        full = pub['feed'] == 'rss-full'
        items = ''.join(f'''    <item>
      <title>{html.escape(a["title"])}</title>
      <link>{a["url"]}</link>
      <guid isPermaLink="true">{a["url"]}</guid>
      <pubDate>{rfc822(a["date"], chicago)}</pubDate>
      <dc:creator>{html.escape(a["author"])}</dc:creator>
      <description>{html.escape(a["summary"])}</description>
''' + (f'      <content:encoded><![CDATA[' + ''.join(f'<p>{html.escape(p)}</p>' for p in a['paras']) + ']]></content:encoded>\n' if full else '') + '    </item>\n' for a in mine)
        w(f'{pub["id"]}/feed.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{html.escape(pub["name"])}</title>
    <link>{B}/{pub["id"]}/</link>
    <description>{html.escape(pub["desc"])}</description>
    <language>en</language>
{items}  </channel>
</rss>
''')

# events
EVENTS = [
 dict(slug='digital-health-summit-dublin-2026', name='Digital Health Summit Dublin 2026', start='2026-06-16T09:00:00+01:00', end='2026-06-17T17:30:00+01:00', tz='Europe/Dublin', venue='Convention Centre Dublin', street='Spencer Dock, North Wall Quay', city='Dublin', region='Leinster', country='IE', online=False, speakers=['aoife-brennan', 'john-murphy-beacon'], fmt='jsonld', ics=('20260616T090000', '20260617T173000'),
      desc='Two days on EHR interoperability, virtual wards and the national shared care record, with hospital CIOs, clinicians and payers.'),
 dict(slug='midwest-telehealth-forum-2026', name='Midwest Telehealth Forum 2026', start='2026-09-22T08:30:00-05:00', end='2026-09-23T16:00:00-05:00', tz='America/Chicago', venue='McCormick Place West', street='2301 S King Dr', city='Chicago', region='IL', country='US', online=False, speakers=['marcus-webb', 'john-murphy-lakeshore'], fmt='jsonld', ics=('20260922T083000', '20260923T160000'),
      desc='Virtual care leaders from Illinois, Wisconsin and Indiana on telehealth reimbursement, remote patient monitoring and hospital-at-home.'),
 dict(slug='reimbursement-roundtable-cork-2026', name='Reimbursement Roundtable Cork', start='2026-10-08T14:00:00+01:00', end='2026-10-08T17:00:00+01:00', tz='Europe/Dublin', venue='Clayton Hotel Cork City', street='Lapp\'s Quay', city='Cork', region='Munster', country='IE', online=False, speakers=['siobhan-oleary', 'ciaran-walsh'], fmt='microdata', ics=('20261008T140000', '20261008T170000'),
      desc='An afternoon on hospital reimbursement, activity-based funding and procurement of digital health tools.'),
 dict(slug='ehr-interoperability-webinar-2026', name='EHR Interoperability in Practice (webinar)', start='2026-11-12T11:00:00-06:00', end='2026-11-12T12:00:00-06:00', tz='America/Chicago', venue=None, city=None, region=None, country=None, online=True, speakers=['priya-raman'], fmt='jsonld', ics=('20261112T110000', '20261112T120000'),
      desc='A one-hour online session on FHIR APIs, patient matching and what it takes to make a regional data exchange useful to clinicians.'),
 dict(slug='dublin-health-data-breakfast-2026', name='Dublin Health Data Breakfast', start='2026-12-03T08:00:00+00:00', end='2026-12-03T10:00:00+00:00', tz='Europe/Dublin', venue='The Marker Hotel', street='Grand Canal Square', city='Dublin', region='Leinster', country='IE', online=False, speakers=['aoife-brennan'], fmt='jsonld', ics=('20261203T080000', '20261203T100000'),
      desc='A winter breakfast briefing on health data sharing, cybersecurity and AI governance in Irish hospitals.'),
 dict(slug='chicago-health-cybersecurity-day-2027', name='Chicago Health Cybersecurity Day', start='2027-01-20T09:00:00-06:00', end='2027-01-20T17:00:00-06:00', tz='America/Chicago', venue='Hyatt Regency Chicago', street='151 E Wacker Dr', city='Chicago', region='IL', country='US', online=False, speakers=['dana-kowalski'], fmt='jsonld', ics=('20270120T090000', '20270120T170000'),
      desc='Ransomware readiness, third-party risk and medical device security for hospital and health plan security teams.'),
]
def ev_url(e): return f'{B}/events/{e["slug"]}.html'
def event_jsonld(e, url):
    d = {'@context': 'https://schema.org', '@type': 'Event', 'name': e['name'], 'startDate': e['start'], 'endDate': e['end'], 'description': e['desc'], 'url': url,
         'organizer': {'@type': 'Organization', 'name': 'HealthConnect Events'},
         'performer': [{'@type': 'Person', 'name': EXP[s]['name'], 'jobTitle': EXP[s]['title'], 'affiliation': {'@type': 'Organization', 'name': EXP[s]['org']}, 'url': f'{B}/experts/{s}.html'} for s in e['speakers']]}
    if e['online']:
        d['eventAttendanceMode'] = 'https://schema.org/OnlineEventAttendanceMode'
        d['location'] = {'@type': 'VirtualLocation', 'url': url + '#join'}
    else:
        d['eventAttendanceMode'] = 'https://schema.org/OfflineEventAttendanceMode'
        d['location'] = {'@type': 'Place', 'name': e['venue'], 'address': {'@type': 'PostalAddress', 'streetAddress': e['street'], 'addressLocality': e['city'], 'addressRegion': e['region'], 'addressCountry': e['country']}}
    return '<script type="application/ld+json">\n' + json.dumps(d, ensure_ascii=False, indent=1) + '\n</script>\n'
def speakers_html(e):
    return '<h2>Speakers</h2><ul>' + ''.join(f'<li><a href="{B}/experts/{s}.html">{html.escape(EXP[s]["name"])}</a>, {html.escape(EXP[s]["title"])}, {html.escape(EXP[s]["org"])}</li>' for s in e['speakers']) + '</ul>'
for e in EVENTS:
    url = ev_url(e)
    where = 'Online' if e['online'] else f'{e["venue"]}, {e["city"]}'
    if e['fmt'] == 'jsonld':
        head = event_jsonld(e, url)
        body = f'<header><a href="{B}/events/">HealthConnect Events</a></header><main><h1>{html.escape(e["name"])}</h1><p><time datetime="{e["start"]}">{e["start"][:10]}</time> to <time datetime="{e["end"]}">{e["end"][:10]}</time> ({e["tz"]}) · {html.escape(where)}</p><p>{html.escape(e["desc"])}</p>{speakers_html(e)}</main>'
    else:
        head = ''
        sp = ''.join(f'<li itemprop="performer" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="{B}/experts/{s}.html"><span itemprop="name">{html.escape(EXP[s]["name"])}</span></a>, <span itemprop="jobTitle">{html.escape(EXP[s]["title"])}</span>, <span itemprop="affiliation" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{html.escape(EXP[s]["org"])}</span></span></li>' for s in e['speakers'])
        body = f'''<header><a href="{B}/events/">HealthConnect Events</a></header>
<main itemscope itemtype="https://schema.org/Event">
<h1 itemprop="name">{html.escape(e["name"])}</h1>
<p><time itemprop="startDate" datetime="{e["start"]}">{e["start"][:16].replace("T", " ")}</time> – <time itemprop="endDate" datetime="{e["end"]}">{e["end"][11:16]}</time> (Irish time)</p>
<div itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">{html.escape(e["venue"])}</span>,
<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">{html.escape(e["street"])}</span>, <span itemprop="addressLocality">{e["city"]}</span>, <span itemprop="addressCountry">{e["country"]}</span></div></div>
<p itemprop="description">{html.escape(e["desc"])}</p>
<h2>Speakers</h2><ul>{sp}</ul>
</main>'''
    w(f'events/{e["slug"]}.html', page(e['name'], body, head))
ev_index = f'<header><a href="{B}/">Demo web home</a></header><main><h1>HealthConnect Events</h1><p>Conferences, roundtables and webinars for healthcare IT and finance leaders in Ireland and the US.</p><ul>' + ''.join(
    f'<li><a href="{ev_url(e)}">{html.escape(e["name"])}</a> — {e["start"][:10]}, {"online" if e["online"] else e["city"]}</li>' for e in EVENTS) + f'</ul><p><a href="{B}/events/calendar.ics">Subscribe (iCal)</a></p></main>'
w('events/index.html', page('HealthConnect Events', ev_index))
ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vertical KB demo//HealthConnect Events//EN', 'X-WR-CALNAME:HealthConnect Events', 'CALSCALE:GREGORIAN']
for tz, std, dst in [('Europe/Dublin', ('+0100', '+0000', 'GMT'), ('+0000', '+0100', 'IST')), ('America/Chicago', ('-0500', '-0600', 'CST'), ('-0600', '-0500', 'CDT'))]:
    ics += ['BEGIN:VTIMEZONE', f'TZID:{tz}',
            'BEGIN:STANDARD', 'DTSTART:19701025T020000' if tz == 'Europe/Dublin' else 'DTSTART:19701101T020000', f'TZOFFSETFROM:{std[0]}', f'TZOFFSETTO:{std[1]}', f'TZNAME:{std[2]}',
            'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU' if tz == 'Europe/Dublin' else 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:19700329T010000' if tz == 'Europe/Dublin' else 'DTSTART:19700308T020000', f'TZOFFSETFROM:{dst[0]}', f'TZOFFSETTO:{dst[1]}', f'TZNAME:{dst[2]}',
            'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU' if tz == 'Europe/Dublin' else 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT', 'END:VTIMEZONE']
for e in EVENTS:
    loc = 'Online' if e['online'] else f'{e["venue"]}\\, {e["city"]}\\, {e["country"]}'
    ics += ['BEGIN:VEVENT', f'UID:{e["slug"]}@demo.verticalkb', 'DTSTAMP:20260101T000000Z', f'DTSTART;TZID={e["tz"]}:{e["ics"][0]}', f'DTEND;TZID={e["tz"]}:{e["ics"][1]}',
            f'SUMMARY:{e["name"].replace(",", chr(92)+",")}', f'LOCATION:{loc}', f'URL:{ev_url(e)}', f'DESCRIPTION:{e["desc"].replace(",", chr(92)+",")}', 'END:VEVENT']
ics.append('END:VCALENDAR')
w('events/calendar.ics', '\r\n'.join(ics) + '\r\n')
# the same summit on a second site (dedup case)
s = EVENTS[0]
other = dict(s); url2 = f'{B}/irish-health-tech/events.html'
head = event_jsonld(dict(s, name='Digital Health Summit Dublin'), ev_url(s))
body = nav(PUBS[3]) + f'<main><h1>Events we are attending</h1><article><h2>Digital Health Summit Dublin</h2><p><time datetime="{s["start"]}">16–17 June 2026</time>, Convention Centre Dublin. Irish Health Tech News is a media partner of the summit; readers get 20% off with code IHTN26.</p><p><a href="{ev_url(s)}">Full programme on the organiser\'s site</a></p></article></main>'
w('irish-health-tech/events.html', page('Events we are attending | Irish Health Tech News', body, head))

# experts
def authored(slug): return [a for a in articles if a['author_slug'] == slug]
def spoke(slug): return [e for e in EVENTS if slug in e['speakers']]
for e in EXPERTS:
    url = f'{B}/experts/{e["slug"]}.html'
    evid = '<h2>Writing</h2><ul>' + ''.join(f'<li><a href="{a["url"]}">{html.escape(a["title"])}</a> ({a["date"]:%B %Y})</li>' for a in authored(e['slug'])) + '</ul>' if authored(e['slug']) else ''
    evid += '<h2>Speaking</h2><ul>' + ''.join(f'<li><a href="{ev_url(v)}">{html.escape(v["name"])}</a></li>' for v in spoke(e['slug'])) + '</ul>' if spoke(e['slug']) else ''
    bio = f'{e["name"]} is {e["title"]} at {e["org"]} in {e["city"]}, working on {" and ".join(e["topics"])}.'
    if e['fmt'] == 'jsonld':
        ld = {'@context': 'https://schema.org', '@type': 'Person', 'name': e['name'], 'jobTitle': e['title'], 'worksFor': {'@type': 'Organization', 'name': e['org']},
              'address': {'@type': 'PostalAddress', 'addressLocality': e['city'], 'addressRegion': e['region'], 'addressCountry': e['country']}, 'knowsAbout': e['topics'], 'url': url}
        head = '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=1) + '\n</script>\n'
        body = f'<header><a href="{B}/experts/">Expert directory</a></header><main><h1>{html.escape(e["name"])}</h1><p>{html.escape(e["title"])}, {html.escape(e["org"])} · {e["city"]}</p><p>{html.escape(bio)}</p>{evid}</main>'
    else:
        head = ''
        body = f'''<header><a href="{B}/experts/">Expert directory</a></header>
<main itemscope itemtype="https://schema.org/Person">
<h1 itemprop="name">{html.escape(e["name"])}</h1>
<p><span itemprop="jobTitle">{html.escape(e["title"])}</span>, <span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{html.escape(e["org"])}</span></span></p>
<p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">{e["city"]}</span>, <span itemprop="addressRegion">{e["region"]}</span>, <span itemprop="addressCountry">{e["country"]}</span></p>
<p itemprop="description">{html.escape(bio)}</p>
<link itemprop="url" href="{url}">
{evid}
</main>'''
    w(f'experts/{e["slug"]}.html', page(e['name'] + ' | Expert directory', body, head))
w('experts/index.html', page('Expert directory', f'<header><a href="{B}/">Demo web home</a></header><main><h1>Healthcare IT and finance experts</h1><p>Speakers and contributors in Ireland and the US.</p><ul>' + ''.join(
    f'<li><a href="{B}/experts/{e["slug"]}.html">{html.escape(e["name"])}</a> — {html.escape(e["title"])}, {html.escape(e["org"])} ({e["city"]})</li>' for e in EXPERTS) + '</ul></main>'))

# members area (disallowed by robots.txt)
w('members/index.html', page('Members area', '<main><h1>Members area</h1><p>Subscriber-only reports. Crawlers are asked not to come here (robots.txt).</p></main>'))
w('members/report-2026.html', page('Members report 2026', '<main><h1>Members report 2026</h1><p>Confidential benchmark of hospital IT budgets.</p></main>'))

# home
home = f'<main><h1>Vertical KB demo web</h1><p>A small, fictional healthcare web written for Vertical KB: trade publications, an events calendar and an expert directory.</p><h2>Publications</h2><ul>' + ''.join(
    f'<li><a href="{B}/{p["id"]}/">{html.escape(p["name"])}</a> — {html.escape(p["desc"])}</li>' for p in PUBS) + f'</ul><h2>Events and people</h2><ul><li><a href="{B}/events/">HealthConnect Events</a></li><li><a href="{B}/experts/">Expert directory</a></li><li><a href="{B}/members/">Members area</a></li></ul></main>'
w('index.html', page('Vertical KB demo web', home))

# sitemap + robots
urls = [f'{B}/'] + [f'{B}/{p["id"]}/' for p in PUBS] + [a['url'] for a in articles] + [ev_url(e) for e in EVENTS] + [f'{B}/events/', f'{B}/experts/'] + [f'{B}/experts/{e["slug"]}.html' for e in EXPERTS]
w('sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + ''.join(f'  <url><loc>{u}</loc></url>\n' for u in urls) + '</urlset>\n')
w('robots.txt', f'# The demo web: crawlers are welcome except in the members area.\nUser-agent: *\nDisallow: /demo/members/\n\nSitemap: {B}/sitemap.xml\n')
print(len(articles), 'articles', len(EVENTS), 'events', len(EXPERTS), 'experts')
