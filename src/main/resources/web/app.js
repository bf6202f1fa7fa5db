// paperkg web page: search, paper, technique and SPARQL views over the JSON API and the SPARQL endpoint.
// Every piece of data is written with textContent or as an attribute value, never parsed as HTML.
(function () {
  'use strict';
  var view = document.getElementById('view');

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function show(nodes) { view.replaceChildren.apply(view, nodes); }
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }
  function fail(err) { show([el('p', { cls: 'error', text: err.message })]); }
  function link(hash, text, cls) { return el('a', { href: hash, text: text, cls: cls || '' }); }
  function paperHash(iri) { return '#/paper?iri=' + encodeURIComponent(iri); }
  function techniqueHash(label) { return '#/technique?label=' + encodeURIComponent(label); }
  function params() {
    var q = location.hash.indexOf('?');
    return new URLSearchParams(q < 0 ? '' : location.hash.substring(q + 1));
  }

  function home() {
    show([el('h1', { text: 'Search the knowledge graph' }),
      el('p', { cls: 'muted', text: 'Type words of a title above, or open the SPARQL view to query the graph directly.' })]);
  }

  function search(q) {
    document.getElementById('search-input').value = q;
    getJson('/api/search?q=' + encodeURIComponent(q)).then(function (rows) {
      var list = el('ul', { cls: 'results', id: 'search-results' }, rows.map(function (r) {
        return el('li', {}, [link(paperHash(r.iri), r.title)]);
      }));
      show([el('h1', { text: rows.length + ' papers match \u201c' + q + '\u201d' }), list]);
    }).catch(fail);
  }

  function paper(iri) {
    Promise.all([getJson('/api/paper?iri=' + encodeURIComponent(iri)),
      getJson('/api/related?limit=10&paper=' + encodeURIComponent(iri))]).then(function (res) {
      var p = res[0], related = res[1];
      var nodes = [el('h1', { text: p.title, id: 'paper-title' }),
        el('p', { cls: 'muted', text: [p.year, p.arxiv ? 'arXiv:' + p.arxiv : null, p.source].filter(Boolean).join(' \u00b7 ') }),
        el('p', { text: p.abstract || '(no abstract)' })];
      if (p.summary) { nodes.push(el('p', { cls: 'muted', text: p.summary, lang: 'zh' })); }
      nodes.push(el('h2', { text: 'Methods and datasets' }));
      nodes.push(el('div', { cls: 'chips', id: 'entities' }, p.entities.map(function (e) {
        return link(techniqueHash(e.label), e.label + (e.proposed ? ' (proposed)' : ''),
          'chip ' + e.type.toLowerCase() + (e.proposed ? ' proposed' : ''));
      })));
      var concepts = {};
      p.evidence.forEach(function (m) { if (m.claim === 'hasConcept') { concepts[m.about] = true; } });
      nodes.push(el('h2', { text: 'Concepts' }));
      nodes.push(el('div', { cls: 'chips' }, Object.keys(concepts).sort().map(function (c) {
        return link(techniqueHash(c), c, 'chip concept');
      })));
      nodes.push(el('h2', { text: 'Evidence' }));
      nodes.push(el('table', { id: 'evidence' }, [el('tr', {}, ['claim', 'about', 'text', 'rule', 'confidence', 'sentence'].map(function (h) {
        return el('th', { text: h });
      }))].concat(p.evidence.map(function (m) {
        return el('tr', {}, [m.claim, m.about, m.surface, m.rule, String(m.confidence), m.sentence].map(function (v) {
          return el('td', { text: v });
        }));
      }))));
      nodes.push(el('h2', { text: 'Related work' }));
      nodes.push(el('ol', { id: 'related' }, related.map(function (r) {
        return el('li', {}, [link(paperHash(r.iri), r.title), el('span', { cls: 'muted', text: ' score ' + r.score.toFixed(2) }),
          el('div', { cls: 'reasons', text: 'shares: ' + r.reasons.map(function (x) {
            return x.label + ' (' + x.kind + ' ' + x.weight.toFixed(2) + ')';
          }).join(', ') })]);
      })));
      nodes.push(el('h2', { text: 'Related-work map' }));
      nodes.push(el('div', { cls: 'map' }, [el('img', { id: 'map', alt: 'related-work map of ' + p.title,
        src: '/api/map.svg?paper=' + encodeURIComponent(iri) })]));
      show(nodes);
    }).catch(fail);
  }

  function technique(label) {
    getJson('/api/sharing?technique=' + encodeURIComponent(label)).then(function (rows) {
      var byPaper = {};
      rows.forEach(function (r) { byPaper[r.paper] = r; });
      var papers = Object.keys(byPaper).map(function (k) { return byPaper[k]; });
      var years = {};
      papers.forEach(function (r) { if (r.year) { years[r.year] = (years[r.year] || 0) + 1; } });
      var max = Math.max.apply(null, [1].concat(Object.keys(years).map(function (y) { return years[y]; })));
      var bars = el('div', { cls: 'bars', id: 'years' }, Object.keys(years).sort().map(function (y) {
        var b = el('div', { cls: 'bar', title: years[y] + ' papers in ' + y }, [el('span', { text: y })]);
        b.style.height = Math.round(120 * years[y] / max) + 'px';
        return b;
      }));
      show([el('h1', { text: label }), el('p', { cls: 'muted', text: papers.length + ' papers' }),
        el('h2', { text: 'Papers over time' }), bars, el('h2', { text: 'Papers' }),
        el('ul', { cls: 'results', id: 'technique-papers' }, papers.map(function (r) {
          return el('li', {}, [link(paperHash(r.paper), r.title), el('span', { cls: 'muted',
            text: (r.year ? ' (' + r.year + ')' : '') + ' via ' + r.technique_label })]);
        }))]);
    }).catch(fail);
  }

  var DEFAULT_QUERY = 'PREFIX pkg: <https://w3id.org/paperkg/ns#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
    'SELECT ?label (COUNT(?paper) AS ?papers) WHERE {\n  ?paper pkg:usesDataset ?d .\n  ?d rdfs:label ?label .\n}\n' +
    'GROUP BY ?label ORDER BY DESC(?papers) LIMIT 20';

  function sparql() {
    var area = el('textarea', { id: 'sparql-query', spellcheck: 'false' });
    area.value = DEFAULT_QUERY;
    var out = el('div', { id: 'sparql-results' });
    var run = el('button', { type: 'button', id: 'sparql-run', text: 'Run query' });
    run.addEventListener('click', function () {
      out.replaceChildren(el('p', { cls: 'muted', text: 'running\u2026' }));
      fetch('/paperkg/sparql', { method: 'POST', headers: { Accept: 'application/sparql-results+json',
        'Content-Type': 'application/x-www-form-urlencoded' }, body: 'query=' + encodeURIComponent(area.value) })
        .then(function (r) {
          if (!r.ok) { return r.text().then(function (t) { throw new Error('HTTP ' + r.status + ': ' + t); }); }
          return r.json();
        }).then(function (res) {
          var vars = res.head.vars || [];
          var rows = res.results ? res.results.bindings : [];
          out.replaceChildren(el('p', { cls: 'muted', text: rows.length + ' rows' }),
            el('table', {}, [el('tr', {}, vars.map(function (v) { return el('th', { text: v }); }))].concat(rows.map(function (b) {
              return el('tr', {}, vars.map(function (v) { return el('td', { text: b[v] ? b[v].value : '' }); }));
            }))));
        }).catch(function (err) { out.replaceChildren(el('p', { cls: 'error', text: err.message })); });
    });
    show([el('h1', { text: 'SPARQL' }), el('p', { cls: 'muted', text: 'Read-only; queries are stopped after the server timeout.' }),
      area, run, out]);
  }

  function route() {
    var h = location.hash;
    var p = params();
    if (h.indexOf('#/search') === 0) { search(p.get('q') || ''); }
    else if (h.indexOf('#/paper') === 0) { paper(p.get('iri')); }
    else if (h.indexOf('#/technique') === 0) { technique(p.get('label')); }
    else if (h.indexOf('#/sparql') === 0) { sparql(); }
    else { home(); }
  }
  document.getElementById('search-form').addEventListener('submit', function (evt) {
    evt.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-input').value);
  });
  window.addEventListener('hashchange', route);
  route();
})();
