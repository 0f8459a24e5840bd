# expect-warning: curl expands the URL pattern
curl 'http://{{HOST}}/page/[1-3]/{a,b}'
