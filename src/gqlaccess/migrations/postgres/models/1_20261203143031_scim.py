from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "directory_group" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "external_id" VARCHAR(255) NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "role_id" UUID NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_directory_g_account_54a964" UNIQUE ("account_id", "role_id")
);
COMMENT ON TABLE "directory_group" IS 'A directory''s own id (externalId) for one of the account''s groups (roles).';
        CREATE TABLE IF NOT EXISTS "directory_settings" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "media_sources_all" BOOL NOT NULL,
    "media_sources" JSONB NOT NULL,
    "geos_all" BOOL NOT NULL,
    "geos" JSONB NOT NULL,
    "directory_owns_attributes" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID,
    "default_role_id" UUID REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" UUID NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "directory_settings" IS 'Per-account directory provisioning (SCIM) settings; absent = the defaults.';
        ALTER TABLE "membership" ADD "external_id" VARCHAR(255);
        ALTER TABLE "membership" ADD "directory_managed" BOOL NOT NULL DEFAULT False;
        CREATE INDEX IF NOT EXISTS "idx_membership_externa_522c09" ON "membership" ("external_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_membership_externa_522c09";
        ALTER TABLE "membership" DROP COLUMN "external_id";
        ALTER TABLE "membership" DROP COLUMN "directory_managed";
        DROP TABLE IF EXISTS "directory_settings";
        DROP TABLE IF EXISTS "directory_group";"""


MODELS_STATE = (
    "eJztXW1z4ji2/iuqfJmkiqQ66STTy9y9VUxC9zCThiyQnr27bLkNVsATI3ktE5q7d/77lW"
    "Qb/CIb2xgi3PqSEFtHJs+R5PN+/nMyxwa0yEVrMsEL5J40wX9OkD6H9EP8VgOc6La9ucEu"
    "uPrY4mP10KAxcR19wuZ61i0C6SUDkolj2q6JERvcAi5EOnIvwC+YuNAAPjUBNjaRC3QXuD"
    "NoOmBGb/8Evs51pE+h8RVgGyLC7s2Bi/ldMIfzMXTIBXuygSf00Saa7vMhC2T+ewE1F08h"
    "HePQR/3zX/SyiQz4DZLgT/tFezahZUQANQ02Ab+uuSubX3t66tx/5CPZPzDWJthazNFmtL"
    "1yZxithy8WpnHBaNi9KUTQ0en/FoIaLSzLZ0pwyfvG9ILrLOD6qxqbCwZ81hcWY9jJfz0v"
    "0ITxCfAnsR/X/+1/tdAwTev2htqgPdS0kwR/2VeIccO/NMGIrQ0KPwPqP396824A4VdP2A"
    "Pufmn1T9/fnnEIKAumDr/J4Tr5kxPqru6RctA3KE8cyDDRdDeJ9j2945pzKEY8ShlD3vBJ"
    "L4IPZTgQXNiwYLNFAnAD+PYA+An9B40eslY+7zMYMOx8bg+Grc+P7HFzQv5tcfxawza7c8"
    "WvrmJXTz1+Ybr7vVNhPQn4vTP8BbA/wT963Xacq+txw3+csO+kL1ysIbzUdCO0TIOrAWp0"
    "5Ibr/HeC33cz3RHzOhgf4zJF6xj5Ote/aRZEU3dG/7x69y6DsV9afb656KgYt7r+rSvv3p"
    "8RfImruwsiRriNFnOOcod+Kx1NYALtDfW+8E4eZa27YedLu+DZ5VM1gfd7hOi4p0et09Ue"
    "+71P/fZg0ASJSyN03+bj6T64b4LQH/G3Uj725eJeBvPivLN0NF3Ql1tZ7oXpD7dfTiAqyr"
    "x2twkgGqGPfTqhUwr8PNinQx9Hns29IFR0SELfQa74ZIrQxOA2PRFrC9z+XpDmdJqyL3F+"
    "dXn94/WH97fXH+gQ/j3XV37MQL3THSZA5ZJaEtKfMbagjtJgXVPFQB1Tsn0t4vWVw4pPP/"
    "d6D5EX98+dYWzRPn3+ud0/veRrmQ4yXShGe2EbJcWpKKUSp2QRpwKMQvKU/+03XGdqj1ZM"
    "XwmR7KC0SHZ27aKibNDES/o/F4QzTFMhntt1QCnRZDr184tQ32PrLgnsR+xAc4p+g6uEbB"
    "NDM2nmOMolurm6+YqOvlybIcL7k/739H+G3pFPnw+6Tw8PJxzksT55WeqOoWWgzc5035gi"
    "eAn7E3z8rQ8tnf8z3w/mkV2v26bm4heIdkXJNodsmiN8Q+bCaWKZcOeldMcnqStEhunAiY"
    "udlTZ18MLeEav7YLZPbLK6Yga/2dhxtT/weEe42nyiX/G4rkiZ6NV0OQg7ItVZT1TTI913"
    "BMzMXbfg5/VEdV1UVH7DC2cCdwSq709TW5iwtTNEdIqa7rclHM8wftEgMrjXbkekfvema/"
    "uz1WlNMdkdX2GhzM5VySRyPQSHmP7IqSA9EZjH1iujwrlVNwor2xHlqN8eDPudu2FMOUpD"
    "msDJwjHdlWZjy5ys0ldrgH1uHWngz/y4nriG230j5hLounS6jP2eH8G1uDsITVoT9NiqnF"
    "/NQ4uRX/Ft3d50jDi6mO7Z+va+Qlq4x3pII0fYh7dhgtFb4z+GMwheTWLSSYDnGQT4Gego"
    "CNEAwXTg1NKdKQQYQQKcBR1AgA6W2HmBDqCC/Vky7KPCuUdohB4tijYwDdIACINnz6gEXu"
    "CKNFmICKArCzsGwAvXMl8hDxtZP8lkD2P/+Biq0BFpLIkNoEJHvh9fR57QkeAQK7bHolRV"
    "7rUcwQ1S2uhFmBYNy4nTqfCcfOE5DqT/KbfMj1cFF7KAVPnvjiv4SRA887en9pMff1QggM"
    "ajagLv9wj1n7rdTvdTE/gfRmjwdHfXbt+zQeuPI/Sx1Xlgl7zfcaEsz664zLMpLtP3xGVy"
    "S+AlobKWq1sCJcKcpsbfROlKBeCUYtm7fZ0+XvjNX66u3r//8erd+9sPN9c//njz4d06Di"
    "d5Kysg5+fOJxYlEuFDMmyEo2hQ4boE+AGZwr4c9jx6zDdiCF4FqeAn6GrDgMpiz6DjYIEp"
    "bQi/pWC6Jih19h/P23TY/vswIu8HR/Pp59bfzyIy/0Ov+ykYHjrK7x56Pyffu045fSxKWY"
    "E+dkSckEj9EoSaJfWvZxOZZFaKzTFSxWfZ+JyI20qPMUp6MDJM7uXsnjEjerr1M2lt324D"
    "Fdj+t5tCH6FzHtgLgwlAYPwGp1QQAlQkAjZ0ArPiT4DOCunwv3JjI31lv5oTCPyVRwQm0T"
    "09o2JrZpZUKNRKBdKIv3l3M2TuPxL+IOJgupWTiXnaJuZDs8xnfjqyFYyRUSRXIc9UKoUh"
    "KUZ6IW/My7Wwd8F/6zwKfIFqCv+9MB16ci3pG0VnnkHBaZSVSiKeQGWVFMgqIZCQHc+erC"
    "nUsk9CrlsWXlJRGc5109IMTH+J4v1+HfS6Kbb5tAniYrc5ccH/AcskezMXhJyN44VpUUmG"
    "XLDnvYW/kQGWrfnGldyYbM0miGu+KusqfV8cpycyT9ZVwLvCPpwEofLgiP2Rsvh4ZYiKqy"
    "INq4g6n+BGkhUFQxLz5w9JyYCtYYnR9RcJTLxrDe5a9+3MuMSiRpIgz0hkFwnlIGWYQoKM"
    "p3zGj9Y6KuucTLANDUChgFOH65KAT0QHMDMFWJruDOiARUuDyQwTdscFPOqGjhVU/6l0ah"
    "W4JcHZ08gwaajArbqJS3kCt14opEl+5wvKCGhlDjA6aT12moD+YGVo+l/afW3Y07xPrApN"
    "9Er8CMwXilR1qRlVhikU0ZIvpCUrpiWBL39zaTOdzIqgHKWqBuu3NaRHkL69zgH07XUqzu"
    "xWFGbbgc/mtyIQbyjquJRv86zk+JsgtJBvkyWpiMuqHJV5ZcdplddXHpPGMUZXy8LaAuaM"
    "QGotbChKEO7VUHQcRo14Om7R+OkNiVqn2aV6Uu0+e6zWIymwldh+4iu3AmBzJpMfK6qhzZ"
    "qS5ys+ZitAtmT+tBSn6lZcE++VwiWm9hr+tTBMt/0KUwqcb+42Mq2bbJwG1wO32zdtGyLj"
    "HCNrBRh61gXIyiflM5MglxQsZ16J8tU6i1Rg5tzHE1Rg15EGdh2XFfSg/KmvEfSN9SspX1"
    "c7O4td7GhebGNBVGOEClgBsJ41sgyyYUoV4SDCNt0lkoXrMThDSpouq3dx6JOg0kkBkMUF"
    "aioD+O1s7x/y4PshHd8PSRcHK8viehgVADlGVod0uyjS13mQvk5H+joNadFJvBVn4SFcFc"
    "p1ciVRZWuC05yi2/3UIXKZT+eT1sND73dWAsD/MEL99q/tO94QJfjE+qR0O16LFPY7rs7m"
    "86pWXicA6qTYeb6hqN8pU/157pU4zYutN7p+uFZ/sBjQ1U2rUAR/iESOmH322KOO2Zckv9"
    "Wvfi4wbm7qoqcbNiebMQViNn8gYLIgLn05ORfgq1fk5iswCTCgY75CAzw7eM7zR1mOFAFj"
    "aOFlAyD4Ch2WfgrGKzDTkZEVvFnpMwR2zX+GXVI8r+XkXyqyU0V2HoeiW1+jpmES29JXhc"
    "vHxelkFplLGzT2UD7O1h2XVUD284mLaYRC4vpJcHuJ53w2HVK8SmKUqoaLfC9Y87jBolBH"
    "iBTS+ZD2JKkCKK8Jaojw1U0e1Y+OSj+wbxLK3wTPbR0JwlLSMQ6R1O9w3stbkcorVKQRaN"
    "jp5d5CJHUAOUuk3EfBN5siBi8LCR9rijrgvW+LP0frqjC+VwrffPgi7Iq6+aSfF2uCOqB7"
    "8NMCOnOTF4EpZAWNkclhCa1V9RLZ62UnLWWPvWG7O+y0HgqyYEPYBOuPIzToDNtaazDofO"
    "ryStnhP0eo0/3S4Y4x/8MIte6GnS/tJvB+syrbg8d216+y7X8s5S3LI3pepkuelwnBkxd7"
    "K2WPi1KqpC2Zk7Y8A4OFpyYqVZU1Tq24LTO3yYKwMPJyhZZjtIrTMnNalRVLf3EepzdFwP"
    "ZkI3KVgqtSGyVKFitc1ioNc6rETdG8qubxdW81zNt7VAFUzkzGowRJ9ULPjdTcpusJoyrA"
    "Gni1fGuE1P6jvdbHVWrUV/hA2xb9pTnhwdvDwEAwHninMDSAi4EOvNkaXlU9kyWbLhHYWN"
    "xYUJYg4GvX2YShXZuwtvX/poK7VHDXcbysjlQdyRPcpcz2kprtM6K/MioKZUR9fZ9aYjS5"
    "xHvzFO7JGiFTsGYr35s3/Y669yZa/jhh3V6nJbxbcxQVCgmFO0JbQ+06Dm5s1xY1bOxfZe"
    "CKe6q6EKj1W1WFRTAwh5rAvUAAP6+FeXBKIBXv3717d9bkmRsUVpdOAnyRzpP1+Q1f+McO"
    "oMIFvUO1SOiItIf9PGSLUsFRUAqFUiiO4xCrsUIhe7iJQJVgIR2d7qeCuysgawL/QzJypN"
    "MNrgSf4udlvqjwqrOsTaL5Z7DAUpjVbC1KqJqsFWiypry9dTsN83h7lRZfuRZfohRYNUXA"
    "ysQySommUt4Pr7wHatqOsFbn7ZWxcG1on5YPRFBO47dyhd6bDmQl7FafHLywTwS2jdiIRp"
    "Z9wwjGatP14Bw2jjXZD56D0jTAKfzmQgfpVsc4Y0V4Aeuyjp+5yWFT24I/hYBTVpVa1Lm9"
    "uqlHaES3vO2Gu7w3wBgS04Ccko1rAtuBdF2YzP/KCYHuQECoGkUvjFesfrCz2pATzEhHiH"
    "6piY4QdgEvK8warPkzMp8ttJ5zld/gBcx3sqeoSsPs3iEqDQdLsGClgBhZLZN9b3Il+95k"
    "JPveJCtOqvhN1elDPjhVOKzq9CEtqmmdPt7YEbcWRwfQZe1nSabMuh6UU2wl4fFbJddH6J"
    "z7i28jaFIZEL+aLMyGNcc9Hdx1Pp+BYN6fAJ2V+df+ykU8n7kkKblWNzWTXL/6f2mMqbz+"
    "G29doW8mpPIp0+QAlS2p0NulFzy/32fdeYG8za9lzln6IRdLG57cinTHwUtI3LDcS0nPfu"
    "K0vHGwJwK7rC+w52BEcAnmcD6GDpmZNjjVLQtQ1pAGvWqY+gh5PmD69xRiAhaIitGExTdS"
    "bCbsC1DZF55dgK8brlHBnmi6SweMFy4kX8Fcf6EP5gL9+qr3lQVY0v+XLZ8GhYxVYppzdy"
    "YrOf1Kr3Eh3J1RZWA6A1wDImeA2T69niEmohd1e/a3B9X545jlcb70NH/laXRJFnSyCOkP"
    "6GsJOHa0rpYIgEnw06MaE4QqrjHCkiriGtlBXGJThMnUXsi/FxhuRbZAMF6t/MpXfqqMUX"
    "ArZM6jfPLKJ6988pk++YB3hfv1JghV26N4FfyNZlgQWwGpQlduy/Obqnp7MZSGF+HhjHpy"
    "LtatNj3Bjq2gz2wOq3UPwSGmP/Zvs5ZhhVdfwGEnk2n7m40d91c8PhGYSjc3G1kmUsiHaX"
    "/447aZRtMRq9hEplIAVAqAErB3TwFI73u5PQHgGLpfnjwN2v1BE/BfI3T30Gl3h/Rv/8MI"
    "tZ7uO0Ot/cW7HP4r7pvJFf9fed1I2XM0kmfh357aT37VzQJ88qiawPs9Qv2nbpdnbPgfWG"
    "3Pu7t226/t6X8coY+tzgO75P0uxbPKczaeTcsVlgxKt+WFSOQw5x19h7EwQ1jWojbG84LW"
    "uzCZMtYVMNY5eEk0AyOBZpbl24yQbXdxVoX3u32JDQd0ccawd7Gri9w228Bf05VCXzLt+G"
    "3wJ+b/Qm28EvsKMvCP0in8y+JP36RQs3X6ahfKTKmv3w1RHVoKREWcm1xdXm4yurzcCJoV"
    "OQ4W5Mmk92xYE9QB4CwdcB89G3TXhXNbVLAz9UQJk9TmbXp1ef3j9Yf3t9frQ2R9JevsEJ"
    "zTru6Us3dEKVXhbnn8h0n7xgxSXo2h7pbgc5xWcVpmTj+byCSzUhs6Rqr4LDOf4TfbdFiw"
    "ZWE2RykVl2XmsmwOdHlZW6ioIv1nSKl4GgHpXmM+jj4+QSVy7TGRK7QYKwA4Z6EGKRdtjt"
    "qKiY1bQehHdUEKocoNgiiFaF2H9DAFMzouR+0BQsG14PmCQEDgxIEsBx+9XADm5uUZRINf"
    "WudXN7dBhQAXv0DEMqiIS9eXIao5UMWU28Mk/hly6oUkmn+p8AkVPiHna0CFTxx3+ITG6y"
    "G2hp1e1wukCF0IQirYBE+PQVyF9xcrsnjXe9rcjPw5Qo+tweD3Xv9e67fplSaI/h0/YPPY"
    "ua/yNTPP6GUeN3LzM1qb6aSQOyFKVQ2D3zZbMwLzbZ4ol9v0KJfbo4tyEcRMVFiJ9K79yN"
    "vaBp9GqP33x06fXfI/jFC//aX3G7vifyizPaqPdIFz3RT4mTMq2QQEMp96JbfF1U2efUFH"
    "ZdSwSewMicxdsqF/JHJEXnsXtMvJjzFSZdeUmc8OfKWyQRk2RykVl2XmsgFZQT9WV2YnuU"
    "YwzQEFHI+pXsBNEQknoGuC4NMIxaN7vfvePRkjeFlBnTKRARsytUFl3qCTBXHxXJtDQvSp"
    "IEo1PYgpSamimUpEM72te+940C/g3XvT+vV1RrREFfskpcI2hq1v9S7siU4QKj90tGTGW/"
    "VcqAuYkjn15dz9lfv0D9t0Qcq1unvPheTLqwJIc7cHOdKVWrA7SKyXYyXgVrZqZQa42Opd"
    "v+XVobAF3bg8VDi8J+bO2bEVS2/hjvG3duDnqceS3msvls/rqsgnghCo0N1GVgjUPDouRw"
    "gUL/xsIqCjTWsS3t9V98of68hgJZAhBIwbNqQ/kMuGssLMhjmHyC+j7PeMfS/sxLKnp2zr"
    "iqK6zKoYqSPyZdY4RuoIYztCDWALOD6OpaUsq7rP6jNrk4XjcI8FohLBwl04onoNWQUyts"
    "ykij/nL5lBoaTyW6GaMSESOWrG1KoEtIkm1sKA/nLW2FIvuDtSZlCVZMr2B1ANGt6YAUVO"
    "J9WgYf9nlGrQoBo0fJ8rX7UDSGXFkaqSgridRDuAN2yfKpdx+ADNUzetSwLDZbGXjJBeyb"
    "5FVEJVA2EPNRBU+9paRJvkgFOFm6gaEpwBbx9vIudqrTbgRLVXzlWPI6UFS5/Kxv3O3fCt"
    "6nCE3fYCL3TMq5/uhsZ8oLbO88zhiEYAnrPhXvNg6LyaEwhYf+EGWDqm67IiGcirmOHoiO"
    "ieXusX0ZjMdDRlrXp1F0x0umAJMF2BH3oPD2Edlof0rsN81g40wKvumAwHAk6XM3MyA3N9"
    "BWbYMoDO2iOfM4WS1wQ5482RIZo4K5a5B+i0rNFxiQogiOo2ml/os3gZENVomN07RKNh5f"
    "pOZ9Bx2ivyuL7ZtrQoJ4oYK8I0NUySv83jzr5Nd2ffCkp0aIXLEIRpagjyXioRWPQduBBm"
    "y6XjHKY5YPwGRPuyc8dwzoNyOsZxhG19ZWHd0NaCQRLq9MREIXEt1vahkxNlD1hKxgZWVo"
    "tG9rxsVQW/4ir4lk5crXAnhyiVSoAufsbE9baCSoGAXBUckMdxmdQEJpZOeVBK/4tQKi7L"
    "zGVVNqTe/FVlK6r3IG5KNxeENUGokM30JkZrZO/opYkW5j5KdLe6ahILTKrC6X3oxdaeCL"
    "w163uNLFeNEx611U3zO3N+bJL4fiBBjh4rYD7BNjSAi5t8hG2HsvUAdoAOiOnC9cUrQaJg"
    "9dNvyxAM6i9z7FSmoMoUzMmBt7b01tddUvtq6q1HVgX98XGEBp1huwnYzzKGtTzW/XTbfs"
    "Kyz38LcU+xPvjjZca6rEU/V6fUq4xOqVfJTqkLp5Bzyh9eB7NaAtyc6GbCm7QKq0BZFYso"
    "keKQJxYxTzkWv3COTggFeA6RyO9RpDSLV2worBzUhAF7Lc/CAxJFSpYfqJihYAUjchRjYZ"
    "MbgECXxZxNdFsfm5bproAFX9nDwKMDKZwmooPYtATM9FcIEA4UJlHplUrm3KZGKfVJqU9H"
    "dITUWX2CgmJp6WKmP7wSMVOm5kSVB5gp9SgU0ZEvpCMrpiOBb+3V/sd++779sdNl0TSbzy"
    "N09zQY9j43gfd7hIbtz4+9fqv/P02w/ljGPHCZJy7tMj0w7TIRmRYEpWoFz5g4Xf102uqP"
    "m7WgZhYruBGnk6PqAHusqjqgqg5IKlcJ3P6JqgPK619L65KcuB7MuKTbpsb7lO5oVGrZ5p"
    "BNc4RnVqo5SVwHY+rghbAIXAG07oPZPrHJ6o+Z//yqUBtAl0oVU1Kf7R0rthbUcN4RsGjR"
    "6LossX1aeQeQEO97Jgy9wa1Glq2XhAblMPeOoe5AB/hUF6Aztym/MOJ8DS4TnibMBKtzTC"
    "Ur8GrCJWG2XIwg8JwDIrNvpXNvT0dWtl5l65XzIDlSnSRXZrHqS3+StMVU3pf+uEyTJ0+D"
    "dr/g6cVpmoD9HKHO58d2f9DrtoadXrcJIn+WMkTmYchlOkMuj7wduiQVqGQ63HLlWfD8wg"
    "Up9VaL06qMGpk5rfqhfw9c9tTQvFKKN7qGrqLKxRNen43qsyLLaUZ8aYSqfji/z+Wkfp/h"
    "pH6fdFKbayWanjmlWi2nz6CcA6qo6MFcLarwZdWFLwUbuwKA6952Nf04LOrT2qdZmC9zgU"
    "04WP7pBuFgn223BvcQBFMLj3ULmKz5oemuLgArLOlXrDQJL0Jp4amJmsDjM4Cv0FktZ9Ch"
    "ExIXs/KTFl5C53yiU90naRbe10OUfViC476h7MPKPhy1kxWtiFhxOUSJrMJ7KYaoYoL3mz"
    "JpQFt33HlBzTZKVT/Ndi9QI+yaz+bEK3RR+NwQU9cQ+n2cIrZOyBJTGbWoIy9BWEfA99DU"
    "yMWurRFIJRu3XJXV1AnqwIAs+WcfRRA5mKzjO/1Su3MlayLFnZLcgYiBUUZ7EJArJ43MTh"
    "rW8uK1pKoYp1WclpnTXEzTXqFDJbdS7BZOoHguM895WAS37pWNqQgTH4TXkrhajo7VJtFY"
    "0uUzduYathkPRNW9s1vXp0yh+ncW6N/pQmdO2CkZBIbnz5qNEdZBfI1VMMtjyLhOt2NcJ9"
    "vAcNBY0Ui7nAwjnEC91GQ+6WyHSp2TVZk9JiBVu2z7Lgtg22GfpUyhdprMO01lvqdvueP0"
    "IgrYvk6yS4RX5E8m1nyvsUDg3E9SsZybPjvP0w934RpVJTX9qovGkg8s+M3Gjqv9gcc7Qt"
    "XmE/2KxzVdVZt69UQjQs9pEbTqWOE/DS6FlEpLrwaqILt6N5xCGed1AalQkOYGT7xETHZM"
    "Kw8TgNpDcIjpjxySRd3qw/xZMKL1dzieYfxyDy2TRXeeCIJb40MaWXGuS28wC9ndjN4a88"
    "oiT71W8cDByyavOgBf6UuL9WRnrT68K8iwMf1XL0AfngcPAFR+JUAHCC4ZbTLUteK58zRk"
    "DybjJsHF+A848T56vUDpcNWzvchaVz3bJT/mj1TnzRM5q5oJ7CGjK3Qm5jXQhkhqGDR7eZ"
    "WrkO5VRiHdq4RxVvbG1Um8K+xc/XR3127fsxK764+qh/V30cNayl7KORBX8Q0lQ1nwhBV+"
    "oK9bUaj6lkiWGK3yOknNaRZ3VH5nC8gVv6XntyeHUDYaggyr1FekiLTUq1Iy9lb9suQ4Qc"
    "cRhYSlC+NRqvoFStzkSqy6yUisukkmVnHQjIXj5UbNiwh8IlK1mpOrmZ49Nn0C1OC3CXTs"
    "QgqmiFat7Fwr2zeXlrKNxWnVG1nmN3IgPVl4mmR0ei+SGJkcrUjY82rTioS17vN8Fhp+Fh"
    "orsxwFIuoavV8O4jgIRaj43p+CNuMYmTIax2F9LV5kLUyjAM2uBMaxSoJbuFKV7y5uv+ar"
    "VyUptlsLVoWX1vaiYGGPcEX4hmasK8TRE1GmQmBxJqSHTYT5tD1sIrxOcjSOQGDmuvYpOQ"
    "NP/Qego6BV7w8EtIw5lXKAA6dUzmECdgMsTXfGy3rxtUuA6QKyGLMZx5AAFwu6R1T8gBEa"
    "IRaPwTpY00cALzmfVRvz64mt0/TBKSWeL4gLxl5fCoYUC9ZgpGc/8afYDnw18YL404zY1l"
    "kR8KpbpgGesbN+DFWd2S8dTCmelA46JjaA/ky/Nr3oYC9cTxUwk+Ut1QAqDEOFYUQSTpxC"
    "ZYj84TWMFLh6l7foU2bVJ4ENZ/PlCgAdI1MGs1wGM+/1WMSCsqFQxpPKjSd+WRqBzSQrKT"
    "5EdcA8+OCdfrRp8LsUdqqslpNsZ/yhizkFkvNOZbYyJ6nDm+DNuVK6u1H2TMrHIrOPJVBT"
    "xquCxs4EoWokofq111t1FGwo2fq1y8bpvfgO3qJhu6TAHqxju++yNeGO2aWC9L6aIL/XDt"
    "ERN1eG+T9wg+Ww/a+HbjX8D/AcujNm03ZnugtmdHLKMgOYKGSjb4ClY7ouROwys5fTSRHR"
    "PU0eP/NLk5mOpjBp+K/6Aczw32EeASNoLTKgB4FBuQB8oAiYQ0Io1mzM6VcflHPT+HrW4A"
    "SE4gvoxNDLzPRCSpTNXpa3Q0PZ7L8jwaseqZOSpNwUDoLhcCQwzejmEqGqhcUs1kszj5H+"
    "Nt1Gf5tMnlQpqgdIUbX1lYV1wfmQ7gkJkcjhCmGPPWpXSKkSb0r7eFPto0Whn8xOBHqHfy"
    "dT49A3Y7apGukwVCx1fy9VTHZMdkkXsktUvd212q1sW/EALYPYpiqAsD+8huhe5gqMuMwI"
    "jLhMBkbQJ7rCKOR0eSBEcnh54G30hbd481f/Mvvz/wEF5VE9"
)
