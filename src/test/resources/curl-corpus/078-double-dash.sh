curl -H 'X-A: 1' -- http://{{HOST}}/after-dashes
