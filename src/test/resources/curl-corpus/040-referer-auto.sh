curl -e 'https://example.com/from;auto' http://{{HOST}}/ref
