curl -F 'photo=@files/photo.png;type=image/x-custom;filename=renamed.png' -F 'meta={"a":1};type=application/json' http://{{HOST}}/upload
