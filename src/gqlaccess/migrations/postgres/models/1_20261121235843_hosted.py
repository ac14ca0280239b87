from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_deletion" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "account_name" VARCHAR(200) NOT NULL,
    "requested_by_id" UUID,
    "status" VARCHAR(10) NOT NULL,
    "rows_total" BIGINT NOT NULL,
    "rows_done" BIGINT NOT NULL,
    "users_deleted" INT NOT NULL,
    "error" TEXT,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_account_del_account_4fb977" ON "account_deletion" ("account_id");
COMMENT ON COLUMN "account_deletion"."status" IS 'QUEUED: QUEUED\nRUNNING: RUNNING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
COMMENT ON TABLE "account_deletion" IS 'The visible status of an account deletion (large ones run as a worker job).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "account_deletion";"""


MODELS_STATE = (
    "eJztXXtv27iW/yqE/7ktkAbNs73ZxQJO4nbcSeys7XRm73igoS0m5lQmdUU5aXZ2vvuSlG"
    "TrQcmSLDuySqBoZImHsn+Hj/PmX605NZHFDtvTKV0Qt3UB/moROEf8Iv7oALSgba8eiBsu"
    "nFiyLQw1mjDXgVPR1wO0GOK3TMSmDrZdTIlo3AYuIpC4h+AnylxkAp+aAZti4gLoAneGsA"
    "Nm/PF/gD/mkMBHZP4BqI0IE8/mwKXyKZij+QQ57FC82aRT/mpMHrf5kgXB/14gw6WPiLdx"
    "+Kt++53fxsRE3xELPtrfjAeMLDMCKDZFB/K+4b7Y8t79fff6k2wpfsDEmFJrMSer1vaLO6"
    "Nk2XyxwOahoBHPHhFBDuS/LQQ1WViWz5TglveN+Q3XWaDlVzVXN0z0ABeWYFjrPx8WZCr4"
    "BOSbxH+n/+V/tVAzw+j1R8awMzKMVoK/4ivEuOHfmlIixgaHXwD1199evytA5N2WeMHVT+"
    "3Bm5PztxICzoJHRz6UcLX+loTQhR6pBH2F8tRBAhMDukm0r/kTF8+RGvEoZQx50yc9DC7K"
    "cCC4sWLBaooE4AbwbQHwFv+BZp9YLz7vMxgw6t52hqP27Z143Zyxf1sSv/aoI54cy7svsb"
    "tvPH5RPvu9VWHZCfilO/oJiI/gX/1eJ87VZbvRv1riO8GFSw1Cnw1ohoZpcDdAjbdccV3+"
    "TfD7agYdNa+D9jEuc7T2ka9z+N2wEHl0Z/zj8fv3GYz92h7IycVbxbjV8x8de8/+juDLXO"
    "gumBrhDlnMJcpd/q0gmaIE2ivqbeGdXMraV6Pu107BtcunugDe3zHh7e7vjG7PuBv0Pw86"
    "w+EFSNwak+uObM/nwfUFCH2I70r52JeLexnMi/POguRxwTe3stwL0+9uvrQQKcq8Tu8CID"
    "Imnwa8Q6cU+HmwT4c+jrzoe8G46JCEvktc9coUoYnBjT0Raw3c/lyozer0KL7Eu+Oj0w+n"
    "H0/OTz/yJvJ7Lu98yEC92xslQJWSWhLSS0otBEkarEuqGKgTTratQby8s1vx6bLfv4ls3J"
    "fdUWzQ3t9edgZvjuRY5o2wi9RoL2yzpDgVpdTiVF3EqQCjkDzlf/sV14XaYxTTV0IkGygt"
    "NVu7NlFRVmjSZ/6bC8IZpqkQz/U6YC3RFDr1wzelvifGXRLYT9RB+JH8jF4Ssk0MzaSZYy"
    "+H6Oru6is68HlphgjPT/7r+W9G3pLP3w969zc3LQnyBE6/PUPHNDLQFmu6b0xRbMJ+B59+"
    "HiALyh/z42AemfXQxoZLvyGyKUo2Holu9nCHzIXT1MJo46F0JTtpKkTou00d1/iTTjaEqS"
    "M7+kInTUUKkyfsShA2RKq77Kihy5Nv1J5he0OkbpcdNXVQcVmELpwp2hCogd9NY2Hi6vem"
    "EPEuGjTfhERFj6lSkpICfhKtPkEjyv/LKbbeM5THAldHNWCtxBpWgSIi64Crt4Pu1Sgmsk"
    "aRFo/mx/P4Hd8M5H038U2isui1eIn3e9I8ocsmBzk8ot63DlqvdY2OZgg8YYZ5J8AzmgP6"
    "ACAJvJcg6A68saDziAAliAFnwRswAMEzdb4hB3A54W3SI1ph32MyJncWZx3AJjsAhIIHT9"
    "8C39ALuxDeU+CgKXVMQBeuhZ+Q9Kgu34TFy8QPnyDtVa2Nkn2gvao/kBkwj1c1WMSKzbEo"
    "VZVzLYffr5bmKxWmRT3WcTrtuc7nuXYQ/6XSaDV5KTiQFaTatL1fcQEKv/J/33fufdd8Ad"
    "+yR3UBvL9jMrjv9bq9zxfAvxiT4f3VVadzLRotL8fkU7t7I255f8v4pI/yTIqj9DlxlJwS"
    "9JlxWcuFlkJbw4+prukoXSnfdCmWvd/W6uN5pv95fHxy8uH4/cn5x7PTDx/OPr5fuqiTj7"
    "J81Zfdz8KBGuFD0qMqUTS5cF0C/IBMY18OexlY4WuSiq0gFfwEXWMYUFlYBnIcqrBnjND3"
    "FEyXBKXW/v3ZTUedX0cReT9Ymt/ctn99G5H5b/q9z0Hz0FJ+ddO/TO67Tjl9LEpZgT62R5"
    "yokfqliMJI6l8PmGA2K8XmGKnmc934nAhpSHe/J83IFdo9A++yyuAZ8jxnWDoDP3c+E2d7"
    "aXB8x6bURibgHEWPjvQMANkRb+By1oNn7M4ABMKvAKYzysQTF0iDEm+ryPmotGttk6yFrq"
    "ltktomGd4Tv3FIy9obAto6285a7bvuBeD/ieSDwdfOwBj1De9K5B5E75SxJ1SfYKCTb0LG"
    "mnzWmixzTQJfuXMZM8hmRVCOUlWD9av6jaNIn5/mAPr8NBVn8SgKs+2gB/y9CMQriiYO5f"
    "M8Izm+E4QG8nkyEYm5IrelzJYdp9UKTd0Umv1yHNaFtQV8LYHUWtiPlSDUXqy4Sd5CRX2D"
    "KxI9ULMzNELFIXaWpFFTYNfGvEWXwEjU21V7eNW+7rQSI7cCYHPGXe4rqqHJmhJIqF5nK0"
    "C2ZIDmngCb2FkKpxZt1ba5MLHbeUIphW1WTw8y7ZuinYGWDddbOG0bEfMdJdYLEOhZhyAr"
    "WFL2zIJASfA880rTvCxDJBWGzm28oWJ7Z5YvW7lvKnyo/pCrr0a6Qyd2U+ygO+VPc82gr6"
    "xhrd+v9jEy06WOrL1RGNUYoQZWAaxnjyyDbJhSq64qbNOdIlm47oM7pHQocdVODjgN0ngK"
    "gKxOdtte1aud4fsxD74f0/H9mHRyiJwj18OoAMgxsibEkkWRPs2D9Gk60qdpSKtW4rU4Kx"
    "fhqlBukjOJK1tTmuYWXe+pDpHXeXVutW9u+r+I+Hb/YkwGnS+dK1kIL7gS9fF6Xa80nvgb"
    "V2dfKQgeQVZsPV9RNG+VqX4998oB5MXWa908XKtfWEzkQmwpUm6+DPs9NbghkriOj6cu+D"
    "9gYbY1o3oo0myywJaLCTsUr32NYDMBUUS/T4Rix6OuYwK46OBS5e14HQOnX/VGYdxc1cNJ"
    "N2xOV20KRG3+g4Hpgrl8c3IOwR9eBtcfADNgIgc/IRM8OHQus70feI8MTJBFnw8AQU/IAQ"
    "y5YPICZpCYWeGblb5DYdf8LeyTQnM+OVq/69hOHdu5H4puc42aJma2BV8K50bH6eosMpc2"
    "aGwhN9qGjitqrHg7QUGNUEncPAluKxGdD9hhxUsARKkaOMi3grWMHCwKdYRII50PaU+SKo"
    "DykqCBCB+f5VH9eKv0BfssofxN6dyGRBGXko5xiKR5i/NWdkUur3CRRqFhp+cyh0iaAPKu"
    "s5ltjhg6KiR8LCmagPe2Lf4SrePC+B5rfPPhS6irqnyZvl4sCZqA7s5XC+TMMWPqGr/pVt"
    "AYWT0soeJ9e20J3adiUElL2V1/1OmNuu2bgixYEV6A5eWYDLujjtEeDrufe7IMVPjjmHR7"
    "X7vSMeZfjEnitKn74V2n55eQ8i9LecvyiJ5H6ZLnUULwlHW1S9njopQ6bavOaVuegcGij5"
    "iUKjkSp9bcrjO32YKJMPJyVYRitJrTdea0PsQrfePcT2+Kgu3JA2h0Eq7ObaxRslie3Mb0"
    "OIoQ5lyJeyTzqg4NavqxHCkHkBYHKmcq416CpM8Nyo3U3ObjiZIqwBoiaY9pEFLbj/ZaLl"
    "epUV/hBW1d9JfhhBuvDwMDQXvgrcLIBC4FEHi9HXh19bBINn0mYGVxE0FZioCvTXtThnat"
    "wtqWv00Hd+ngrv3YrPZUHckT3KXN9jU122dEf2XUFMqI+voxtUTViYGFDxyJkGlYs5Xv1U"
    "6/oe7duNNjD+J1WsKzNUdVoZBQuCG0DdSu4+DGZm1Rw8b2VQapuKeqC4Fav1ZVWAQNc6gJ"
    "0gskzxf0hXnwhiEu3r9///6tdz4gh9XlnQBfpPNkffnAF/6pA7hwwZ9wLRI5Ku1hOy9Zo1"
    "RIFLRCoRWK/VjEGqxQ1D3cRKFKiJCObu9zwdkVkF0A/yIZOdLtBXeCq/h6mS8qvOosa8wM"
    "fw1WWAoptRAkKUthhDDGogmn3BaPlnd2u/pd9vs3kXl32Y2Hwt3fXnY4/BJ93gh7EobikC"
    "vt7W3YapjH26u1+Mq1+BKlwKopAtYcOLX2vnvtPdDTNoS1Ye7eOKihmVo+FEG7jV/LGdr5"
    "blPH/UInLYVhY/XwIMuugWQz40+/3TqzRjog+qiwGmw1B9pA8AOJxPqoMDHyh53B8ALIP2"
    "NyddPt9Eb8s38xJu376+7I6Hz1boc/lbIOVJ5VUncLTnIt1IfHP2DLVQYUprvwQyT1cN/v"
    "ff2xMEOET8OY0HlBA1uYTJvXCpjXHPrMDJMShXc068yDCFljjo/fydEHMexd6kJFmZG14C"
    "/pSqFfM6XrdfBn+H+RMXlRZrtn4R+l0/iXxZ/vpMiwoVvoINAIURMKDkRFnLNcNWDOMmrA"
    "nClKGTkOVRjR0is6LAmaAPCuKzpA10VzW5XOk7qihEkas5seH51+OP14cn66XESWd7LWDs"
    "U67UKnnL0jSqnTeuvj8UvaN2aI82qCoFuCz3Fazek6c/oBE8xmpSZ0jFTzuc58Rt9tzLsr"
    "weYopeZynbmsE/O3knLBfwwrdT62glQfM6bLHuyw7EHaQK4A4GYfQKyYurU6gjgU16GIU4"
    "hGfaQHKuBouxz5F4yDa6F3C4YAQ1MHucDC5Nsh6Msjg2cIDH9qvzs+OxfZE+KjPGJRnLDB"
    "XD7AVIdzVNLl+kCJ30JuvZBM87sOoNABFPXcB3QAxX4HUBgyX6I96vZ7XihF6EYQVCE6uL"
    "8LIiu8TyIJ46p/v3oY+Tgmd+3h8Jf+4NoYdPidCxD9HF9g81i6qz/U1DtZdwZZIYdClKoa"
    "Br/uOe5bPrOt7nEu281UuurcybK3wdWYdH696w7ELf9CnBr5tf+zd2ikvCgzPaqPddEHWm"
    "z7QIsaGbzqhv6eyBF5LV7ILic/xki1ZbPOfHbQE5cNyrA5Sqm5XGcum8jCT8h5MTaTaxTd"
    "7FDA8ZjqhdwUkXACugsQXI1JPL7Xe+49q2MMLxPpZCViA1ZkeoLWeYJ6h+cac8QYfFTEqa"
    "aHMSUpdTxTiXim13Xw7Q/6Bfx7r5rf3mRES2S5Jyk1tjFsfat3YV90glAjW5OiDI1Bs2Z+"
    "/XriWrlbf7dVGfYU1LVFGZL7VwWY5i4gsqeoFqwfEiv3WAm4zR62SXkoB8rLjV6vCuvgjc"
    "tEhUN8Yi6dDYu19BfuhH7vBL6eZoC+1Wott2g+QQ6bYbulCIMKPT3ICoOaR9vlCIMSMxJg"
    "AiD/5+3X/qESEDjUQvy+CdyZgxAQ3JAn2hFXNEWMARPPEZGF55d1ZU/eqiKjtvQWZSHakI"
    "SmK9HqOKk98mc2OE5qD+M7QkViCzg/9qXsLN9DmAEty5guHEd6LQiXCBbuwlFVbcgqk7Gm"
    "px1WzgjWy70tnMGh5PJbocoxIZJ6VI5p1MEvmEythYn84WyIoV5wdqT0oOvJFJgWc2RiaH"
    "hHSMilpiAPlPR6XSrJgCKrU4JQr1GVr1GPiJaZFGEyPRfyzwWBW5EpELTXI7/yka/L+Key"
    "Yk9VSUXsjj60fSe54XynKJoTviLRcNbFBd8cOGvmg68psHvuhN9XVAv5McVCWQGkA7+bhk"
    "Ia2k4ikA64vDDoXo1eqz5B2JWp8MzFPJ3prjkqGxrL/LcczjkC0DvRXBYL4CPuCU8RoM+I"
    "HYBnB7uuKB5AvEoCDiQMerK+X1xgOoPkkT+ZQRdMIR+wDGDVCfNbeMmYjMmIP3WEH89BJn"
    "iCDhY4MPDmeYanMzCHL2BGLRNAQAl6J4RsWSvhLYAOAohMnReR0QR4t3xXSD3KfhPPXlYx"
    "VuU2rCia6I/jzZx629QCdliCVXv8fhw1LY/HTxQfFUfGJnmekTYfomlgfvB5Hi/eeboX71"
    "xRncAonIEdpmkgyFtJwrb4NrdQJgql4xym2aHbGpFtmfdiOOdBOR3jOMI2fLEoNI3l3p+E"
    "Oj0nS0nciLG967ysusdpJEOiKivDUfeUVF0CvOIS4BZkrlG4jH2USud+Fl9jCMfW8IdmCa"
    "VAQa5zrevjr1HE/ulc+kbzV+dyV+9AWtUzLQhrglAjm+lLihaO3dBE38Qzig9idvrEAKtV"
    "NeEB8oLNWgpT/fLZQZad3gm3Wmuj/0VYvldZLf9gQdKKqOo7pTYygUsvZAvbDqWvAOoACB"
    "h20fLmsSJzpvru16XMBEVJJXY6dUanzuTkwGvbAJtrSG98ieH2nSgNfHc3JsPuqHMBxP9l"
    "TC557L7pVt+EzVf+VeKeopf67euMdVlbb64DBI8zDhA8Th4guHAKuS385k0wuCTAzYluJr"
    "xJe6GOk9SRaDVSHPJEouWpT+CXkoCMcYDniKgs4kVqFXjlN8LKQUMYsNV6BTIaTaVk+VFq"
    "GQpW0CJHdQLRuQkYckXA0RTacIIt7L4ACz2Jl4E7B3E4MeGNRLcMzOATAoQGCpOqFkElfa"
    "5To7T6pNWnPVpCmqw+IUX5oHQx029eiZhZpxM7Kg890upRyNefz9mf5e1P4Nt4tf9u0Lnu"
    "fOr2RJzF6npMru6Ho/7tBfD+jsmoc3vXH7QH/3MBlpdlzANHeSKWjtJDlo4SMUtBuKJRcI"
    "2J0zVPp61+uVkKarhYBnqcrh5puOK1Og1Xp+HWVK5SuP3rloZbs+WvMdaleuK6M+MStLEh"
    "D+/b0KjUtvFIdLOHa1aqOSlaESYoNLkhUNHKlk2BapuWtyFiLOW05ODRQZb9jYUa5TDBTR"
    "B0kAN8qkPQnducX5RIvga3mczbE5vdOyoOO37C6JkJ+xolCHgGW5UprtK+K84P1PY3bX/T"
    "cmIFeYD6AN1WUj+u/ADd/TIXyWOlC65eksY7f3pMurd3nQHXRf1DqSMfSxmH8jDkKJ0hR3"
    "t+busup8KeLG65Yt9lNtCCldrV4rQ6y6HOnNYHt/4IXPbU0LxSite6geb7ysUTWTCJ67Mq"
    "a1ZGzF+Eqnk4n+RyHJ5kOA5Pko5DvFSi+ZpT6kzI9B60wVbX+dud/VvXostj+i5Ui04xtS"
    "tAuOnHw6UviEU9Dds0DMtxrrAKB+M/3SQcTLT19uA+QeDRohNoASzOaMLuyyEQtd78InKY"
    "ybpwFn3E5AJ4fAZInGH/PEMO75C5VFSEs+gzct5NIdd+kobhbb1EW4hrsN4faAuxthBHLW"
    "VFK5hVXL6sRnbhrRQv05Ga201kM5ENHXdeULeNUjVPt90K1IS6+AFPvfIDhdcNNXUDod/G"
    "KmJDxp4pl1GLuvIShE0E/CwX4GcZgJ8la3u6tsEQl2zcclURUztoAgN2XbRMgikOpuVfan"
    "OuZHWkuVOSO4gIMMpoDwpy7aaps5tGVKF/Kqkqxmk1p+vMaekkl5aesh72MPFOeK1jKUr6"
    "Xpkh0qIeqDM3qC14oKrMmn3aakoX+rjVAiccusiZM+MJOUGYcP68thhhE0SZWI2hPErtab"
    "pOe5os4S9BE2Xd7HL7mbIDvanVeaWzHS6BTF/KzDEFqZ5l62dZANsG8yylCz3T6jzTdG5q"
    "+pTbT4+Sgu3LlKuEqz1/up/hexAVAud20v7qOemzs/780AepUVVSdathoTnxBADquMafdL"
    "IhVB3Z0Rc6aeioWlWUZgZTetGKoNXEGtxpcGmkdJJyNVAFubab4RTKP24KSIUC9lZ40mci"
    "ZMe0Ag4BqH2CRpT/l0OyaFoFh78LRje2kYOns5YivtF/cpAV4QhXbdbFOKb/sorjB3+U42"
    "c3PLArPVywhPlkU7NJ3datHcQhiElVAGG/eQPR3UqZP/5GVynzZpQ0W5HsvprZ69idKqtb"
    "VsBKUH2o/t//D+A0J8U="
)
