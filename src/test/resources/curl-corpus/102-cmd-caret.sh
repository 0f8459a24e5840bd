curl 'http://{{HOST}}/c2?a=1&b=2' -H 'X-B: 2'
