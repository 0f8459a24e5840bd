curl -b 'session=abc; theme=dark' -b 'lang=en' http://{{HOST}}/c
