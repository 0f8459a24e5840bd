curl --data-binary @files/photo.png -H 'Content-Type: image/png' http://{{HOST}}/upload
