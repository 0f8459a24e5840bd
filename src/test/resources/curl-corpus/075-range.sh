curl -r 0-99 http://{{HOST}}/range
