curl -H 'Content-Type: text/plain; charset=utf-8' -d 'Grüße, 世界 🎉' http://{{HOST}}/u
