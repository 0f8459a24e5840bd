LANG=C curl http://{{HOST}}/env
