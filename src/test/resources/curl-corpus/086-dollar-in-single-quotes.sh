curl -H 'X-Price: $5' http://{{HOST}}/literal
