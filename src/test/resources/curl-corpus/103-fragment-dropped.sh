curl 'http://{{HOST}}/frag?x=1#section-2'
