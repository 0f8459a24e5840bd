curl -F 'empty=' -F 'spaced name= value ' http://{{HOST}}/f
