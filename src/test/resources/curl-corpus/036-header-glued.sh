curl -HX-Glued:yes -sS http://{{HOST}}/h
