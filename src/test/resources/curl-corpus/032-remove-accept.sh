curl -H 'Accept:' -H 'X-Keep: 1' http://{{HOST}}/h
