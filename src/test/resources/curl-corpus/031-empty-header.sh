curl -H 'X-Empty;' -H 'X-Present: yes' http://{{HOST}}/h
