from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "payload" JSON NOT NULL
) /* Something that happened in an account, written in the transaction of the change. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_account_531e85" ON "webhook_event" ("account_id");
        CREATE TABLE IF NOT EXISTS "account_security_policy" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_invitation_lifetime_seconds" INT,
    "client_setup_lifetime_seconds" INT,
    "require_two_factor" INT NOT NULL,
    "session_lifetime_seconds" INT,
    "allowed_email_domains" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
) /* Per-account security settings (one row per account; absent = the service defaults). */;
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500),
    "events" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_expires_at" TIMESTAMP,
    "created_by_id" CHAR(36),
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
) /* An http(s) URL an account's Admins registered, with the events it subscribes to. */;
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" CHAR(36) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "locked_until" TIMESTAMP,
    "last_attempt_at" TIMESTAMP,
    "last_status_code" INT,
    "last_error" VARCHAR(500),
    "last_duration_ms" INT,
    "response_excerpt" VARCHAR(500),
    "delivered_at" TIMESTAMP,
    "attempt_log" JSON NOT NULL,
    "redelivery_of_id" BIGINT,
    "endpoint_id" CHAR(36) NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" CHAR(36) NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE
) /* The outbox row: one event owed to one endpoint. Re-delivery adds a new row. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_next_at_a5fece" ON "webhook_delivery" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_4e5839" ON "webhook_delivery" ("endpoint_id", "subject", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_event";
        DROP TABLE IF EXISTS "account_security_policy";"""


MODELS_STATE = (
    "eJztXW1z27aW/isYfWkyY3tix3Zy3d2dURylVetYXklOurfqMJQIW2wogCUgK9pu//sCIC"
    "nxBaRIipIhBjOZWCZxQPk5IHDez9+tGbagQ07akwmeI9q6An+3kDmD7EPy1hFoma67vsEv"
    "UHPsiLFmZNCYUM+c8LkeTIdAdsmCZOLZLrUx4oPbgEJkInoCfsaEQgsE1AS42EYUmBTQKb"
    "Q9MGW3fwRfZiYyH6H1BWAXIsLvzQDF4i6YwdkYeuSEP9nCE/ZoGz3u8iFzZP81hwbFj5CN"
    "8dijfv+DXbaRBb9BEv7qfjUebOhYMUBti08grht06Ypr9/fd9x/ESP4HjI0JduYztB7tLu"
    "kUo9Xw+dy2TjgNv/cIEfRM9rdFoEZzxwmYEl7yvzG7QL05XH1Va33Bgg/m3OEMa/3HwxxN"
    "OJ+AeBL/7/y/gq8WGWYYt72hMegMDaOV4i//CgluBJcmGPG1weDnQP39jz/vGhBxtcUfcP"
    "1zu//i9eVLAQFjwaMnbgq4Wv8IQpOaPqkAfY3yxIMcE8OkabTfszvUnkE54nHKBPJWQHoS"
    "fqjCgfDCmgXrVyQEN4RvB4C32B9o9ZCzDHifw4Bh92NnMGx/vOOPmxHylyPwaw87/M6ZuL"
    "pMXH3h8wuzt9/fFVaTgM/d4c+A/wr+3bvtJLm6Gjf8d4t/J3NOsYHwwjCtyDINr4aosZFr"
    "roufKX5fT01PzutwfILLDK1D5OvM/GY4ED3SKfv17NWrHMZ+avfFy8VGJbh1G9w68+/9E8"
    "OXUJPOiRzhDprPBMpd9q1MNIEptNfUu8I7vZW1r4fdT52Se1dAdQX8nyPExt3fGd1b467f"
    "+6nfGQyuQOrSCL3viPHsPXh/BSK/JE+lYuwrxL0c5iV555jocc4Ot6rci9Lv731pQVSWeZ"
    "3bKwDRCH3oswm9SuAXwT4b+iTyfO45YaJDGvouovKdKUaTgNv2RawNcAfvgjK70yP/Esdn"
    "p+dvzt++vjx/y4aI77m68iYH9e7tMAWqkNTSkL7D2IEmyoJ1RZUAdczIdrWIV1f2Kz696/"
    "VuYgf3u+4wsWjvP77r9F+cirXMBtkUytGeu1ZFcSpOqcUpVcSpEKOIPBV8+zXXudpjlNNX"
    "IiRbKC2K7V3bqChrNPGC/c0l4YzS1IjnZh1QSTS5Tv3wVarv8XWXBvYD9qD9iH6Fy5Rsk0"
    "AzbeY4yCW6vrr+ip65WJkhou8n++vZ3wz9LZ89H9ze39y0BMhjc/J1YXqWkYM239MDY4rk"
    "EA4m+PBrHzqm+GO+H8xjb73p2gbFXyHaFiXXHvJpDvCELITTxLHh1kvpWkzSVIjgNxd71P"
    "gTj7eEqSMm+gWPm4qUjZ5sKkDYEqnuaqKGbk+BUXtqu1si9XE1UVMXFZNF8NybwC2B6gfT"
    "NBYmpn5vCxGboqHv2wKOpxh/NSCyhAdqS6Q++9N1gtmatKa4HIrPsFT+FGpRGrkegkPM/i"
    "so7N8TWMRuqaLytFHOjyqOMUG/3xkM+93rYULQz0KawMncs+nScLFjT5bZqzXEvrC8Pwhm"
    "vltN3JDXneM6O5tF4BRXAsujPx0nzoUj2wWfxm2jQ96QcHGzg/4OesfBBCCcgH2glKFCwA"
    "uMIPDwArjQC73qPwI2KxPAwX9yzzkb6z3ZEwgC6MnLtH9+R8+o2T3/zn7MNNRLbTOSrThY"
    "vdt55ndvn//X2dnr12/OXr2+fHtx/ubNxdtXK0N9+laexf5d9yduRj6Kmi5Du3K22567PI"
    "y19G449oOwC/MVjJFVxoNSZCrtWEmb+n1FnKFE5+42+G+cR4OfBt+Df81tj+1cC3Ycs90Z"
    "S6ScXAeXfALt6yrh6yKQkC33nrwp9LJPQ246Dl5Ay4Az03YMC7MfMsvNL4PerRzwzAmSDk"
    "d7QsH/AccmO9OVItFz47ntMEmGnPDnPUcAHQcs9laEUQovPrZ/SwYwXN/03iUdL3yCd9oX"
    "rH3BK96NlyVdmClC7RdObH6BklYO1jjVfgOElYQ05RzOdmTmmZYiMexbGZeKezWVZMBGA1"
    "N8/cVMTNftwXX7fSfXwlTWSBJ6P2V2kYhnNMcUEvphixk/2ig0OByTCXahBRgU8NETuiQQ"
    "E7EB3EwBFjadAhNwuzeYTDHhdygQYeRsrCQnodapdSaCAnvPUY5JQ2ciNE1cKpKJ8JVBmu"
    "Z3sUjrkFblrIRW+657Bdh/PDi+/6nTN4Y9w//EY+PjV5Jb4PMEwOvkkBW4p4WSQ05zkkNO"
    "08kh4uQypiaZlkE5TlUP1s9rSI8hfXleAOjL80yc+a04zK4HH+xvZSBeUzRxKV8WWcnJky"
    "CykC/TiTKE8tyLKkd2kraGQ/twdF6VzmiJSSN9SKumeavL2hLmjFBqLW0oShFqQ1HCOcTU"
    "wJKYRkj0Qs3PIMg0/OwwiUBRYGsx/iRXbg3AFowLPFRUIy9rRsiWfJ+tAdmKoXAHAmzqZC"
    "md+pK2GNdo25xbNu08wYzCK+u7R7n2TT7OgKuBmy2crguRdYyRswQcPecE3DkMRGBb5Agg"
    "DB78RQS+wiW5AmJmAvCcOvYTBIupXzplCfxpx1Bi6NzFE3Ro14GGdh2WHXSv/GmuGfSZNa"
    "zN59Vh+DbjkFLsGX50Y0lUE4QaWAmwvj2yCrJRSq26yrDNdork4XoI7pCKxsv6nRzmJEy+"
    "KAGyPF1jd1WZ9obv2yL4vs3G923ayWF6TPD0MSoBcoKsEtKKbQxxpM+LIH2ejfR5FtKynX"
    "gjztJNuC6Um+RMYsrWBGe5RTd7qiPkKu/OrfbNTe8zr8oWfBihfueXzrUo1BZ+4vXbbrt+"
    "6Tb+M6nOFvOrFnKr5nhVkwxiqgEpt5+vKZq3y9S/n/vp6kWx9Uc3D9f6NxYLUtN2SsXwR0"
    "jUiNrnjz3oqP2tQmLrM3AGVVkkxs11vZZsw+ZkPaZE1OYPBEzmhLLDyTsBX/zKo1+ATYAF"
    "PfsJWuDBwzORQcqzpAgYQwcvjgCCT9DjCahgvARTE1l54Zu1PkNi1/w96pMSmS2tP3Rsp4"
    "7tPAxFt7lGTcsmrmMujbIBhUk6lUXmygaNHVSddk2P8moWQUZxOY1QStw8CW4nEZ0Ptkdo"
    "6WUep2rgIt8J1iJysCzUMSKNdDGkfUmqBMorggYifHZRRPVjo7I37IuU8jfBM9dEkriUbI"
    "wjJM3bnHdyKjJ5hYk0Eg17CL9lBDRESJoAcp5I2fltmK9CryTKm97tT+HwpF6dkEMYYvC0"
    "lPCxomgC3ru2+Au0zkrje6bxLYYvwlRWmTF7v1gRNAHdve8W0JvZogxMKStogkwNS2ij6p"
    "ccXhOju96wczvstm9KsmBNeAVWH0do0B12jPZg0P3plru7Yr+OUPf2U1c4xoIPI5TqhnQ/"
    "uOvcvhe04cdK3rIioudptuR5mhI8Rbm3Sva4OKVO21I5bcs3MDj40UYVOJ2m1txWmdtkTn"
    "gYeaW3OkmrOa0yp3VhseyD8zC9KRK2pxuk6CRcnduoULJY6cJWWZgzJe4RzepqatP0thEZ"
    "DTLLA1UwlfEgQdJ9bQojNXPZesKoDrAGfjXfBiG1+2iv1XaVGfUV3dA2RX8ZXnTw5jAwEI"
    "4H/i4MLUAxMIE/25FfV8/myaYLBNYWNx6UJQn42nY2aWjXOqxt9bfp4C4d3HUYh9WBqiNF"
    "gru02V5Rs31O9FdOTaGcqK/vU0uUdbQrW1QoTqZhzVe+1yf9lrp347qbHiXrtETf1gJVhS"
    "JC4ZbQNlC7ToKbeGvLGjZ2rzIIxT1TXQjV+o2qwjwcWEBNEF4ggB9Wwjx4QSAT71+9evXy"
    "SmRuMFgpmwQEIp0v64sbgfCPPcCEC3aHaZHQk2kPu3nIBqVCoKAVCq1QHMYm1mCFQvVwE4"
    "kqwUM6urc/lXy7QrIrEHxIR450b8Mr4afkflksKrzuLGubGMEeLLEU5rVbixPqNmsl2qxp"
    "b2/TdsMi3l6txdeuxVcoBVZPEbDmwKm19/1r76GetiWsDXP3JkGNvKnVQxG02/i5nKGdby"
    "726C943JIYNtY3j/LsGlAMM/4Mxm0ya2QDoluFKXDUHGkDwXckEutWYXzlDzr9wRUQP0bo"
    "+qbbuR2y34MPI9S+f98dGp1P/uXob5WsA7VnlahuwUnvhf9937kPcnJK8MmnugL+zxHq39"
    "/eCntO8IFn/lxfdzpB5k/wcYQ+tLs3/JL/Uw2LzoPtUGlAYbYLP0Kihvv+4OuPRRnCfRrG"
    "GM9KGtiiZNq8VsK85uEFMSyMJN7RvJ4HMbLNrQ/qwvvVrsSGPbY+SGBPMTUlZUY2gr+iq4"
    "S+YkrX8+BP7P+FxngpzXbPwz9Op/Gvij87SaHhmrRUI9AYURMKDsRFnItCNWAucmrAXEhK"
    "GXkelhjRsis6rAiaAPC+KzqYlMKZK0vnydxRoiSNOU3PTs/fnL99fXm+2kRWV/L2Dsk+TU"
    "2vmr0jTqnTetXx+KXtG1PIeDWGJq3A5ySt5rTKnH6wkU2mlV7oBKnms8p8ht9cm01Xgc1x"
    "Ss1llbmsE/N3knLB/hhSqT+2hFS3GdNlD/ZY9iBrIdcAcLMbEEteXaVaEEfiOiRxCvGoj+"
    "xABTs+rkD+BWHgOvB4TiAgcOJBChwbfT0BPdEyeArB4Of28dnFJc+e4L+KFou8wwahbIHJ"
    "mnPUMuXmQInfI269iEzzhw6g0AEUap4DOoDisAMoDJEv0R52e7d+KEXkQhhUwSe4vwsjK/"
    "zfeBLGde9+fTP26wjdtQeDz73+e6PfYVeuQPz35AZbxNJdf1NTv7Pu1CSlHApxqnoY/Lx9"
    "3Hfcs031OJfdZipdd+5E2dvw0wh1frvr9vml4APvGvmp96vfNFJ8qPJ61B/rohta7LqhhU"
    "IGL9XQPxA5oqjFC7rV5McEqbZsqsxnDz4x2aAKm+OUmssqc9mCjv0EvaWxnVwjmWaPAo7P"
    "VD/kpoyEE9JdgfDTCCXje/37/j0VY3gJTyerEBuwJtMvqMovqN8815hBQsxHSZxqdhhTml"
    "LHM1WIZ3peB9/hoF/Cv/es+e1NRrRClnuaUmObwDawepf2RacINbKKFGVoDJqK+fXVxLV2"
    "t/5+qzIcKKgbizKkz68aMC1cQORAUS1ZPyRR7rEWcJu9bNPyUAGUVwe93hU2wZuUiUqH+C"
    "RcOlsWa+nN6Rh/64S+nmaAvtNqLR/hbAw9MrXdliQMKnL3KC8MahYfVyAMir+RwEbAZP/8"
    "8zpoKmECDzuQXbcAnXoQAs4N0dEOUT4UEgIsewaRKDy/qiv7+qUsMmpHT5EWoo1IaLoSrY"
    "6TOiB/ZoPjpA4wviNSJLaE8+NQys6yM4QYpuMYk7nnCa8FYhLBnM49WdWGvDIZG2baY+WM"
    "cL882MIZDEomv5WqHBMhUaNyTKMav9ho4swtGCxngy/1km9Hxgy6nkyJ12IGLds0/BYSYq"
    "spyQMpvd6XKjKgzO6UItR7VO171CPEVV6KKJl+F4q/Cxy3Mq9AOF6v/NpXvi7jn8mKA1Ul"
    "JbE7umn7XnLD2UlRNid8TaLhVMUF3xw4FfPBKwrsgTvhDxXVUn5MvlHWAGk/mKahkEaOkx"
    "ikfSYv9LvXw+eqTxB1ZUo8cwlPZ7ZrDouBxir/rYBzDgF4zIeLYgFsxT3ZEwjwApIjsPBs"
    "SnnxAORXEvBMRExf1g+KC0ymJnpkd6YmBROTLVgCbFmH+R08ZIRGaMjuetyP50ELPJmezX"
    "Eg4MViak+mYGYuwRQ7FjABRvCYC9miVsJLYHoQQDTxljyjCbBp2amQ2cp+G89eXjFW6TEs"
    "KZoYrOPtnHq71AL2WIJVe/y+HzWtiMePFx/lLWPTPM9Jm4/QNDA/+LKIF+8y24t3KalOYJ"
    "TOwI7SNBDknSRhO+yYm0sThbJxjtLs0W0N0a7Mewmci6CcjXESYddcOti0jNXZn4Y6OydL"
    "StyItb3vvCzV4zTSIVG1leFQPSVVlwCvuQS4YxJqlC5jH6fSuZ/l9xjEsDWCpVlBKZCQ61"
    "xrdfw1ktg/nUvfaP7qXO76HUjreqYlYU0RamRzfUnxwrFbmuib2KP4KGGnTy0wpaoJ96Ef"
    "bNaSmOpX947y7PRedNRGG/1nbvleZ7X8QMKkFV7Vd4JdaAGKr8QI142krwDsARMQm8LVxT"
    "NJ5kz9029KmQmLkgrsdOqMTp0pyIHntgE215De+BLD7TteGvjuboQG3WHnCvD/q5hcith9"
    "s62+KZuv+CnFPUMvDcarjHVVW2+hBoJnOQ0Ez9INBOdeKbdFMLwJBpcUuAXRzYU3bS/UcZ"
    "I6Ek0hxaFIJFqR+gRBKQmTEAbwDCKZRbxMrQK//EZUOWgIA3Zar0BEo8mUrCBKLUfBCkcU"
    "qE7AJ7cAgZQHHE1M1xzbjk2XwIFP/GHgzoMMThuxQXxaAqbmEwQIhwqTrBZBLXNuUqO0+q"
    "TVpwPaQpqsPkFJ+aBsMTMYXouYqVLHjtpDj7R6FPH1F3P253n7U/g2Xu2/63fedz50b3mc"
    "xfrzCF3fD4a9j1fA/zlCw87Hu16/3f+fK7D6WMU8cFokYuk0O2TpNBWzFIYrGiX3mCRd83"
    "Ta+reblaBml8tAT9KpkYbLH6vTcHUarqJylcTtr1oarmLbX2OsS2riujfjkunahmjet6VR"
    "qe3aQz7NAe5ZmeakeEWYsNDklkDFK1s2BapdWt4GkJCMbsnhraM8+xuJDCpgghtD04MeCK"
    "hOQHfmMn5hJPgaXiYib48fdseYNzt+suGCcPsaRhD4BluZKa7WuWvOD9T2N21/03JiDXmA"
    "uoFuK60f195A97DMRaKtdMndS9D4/adHqPvxrtNnumjQlDr2ayXjUBGGnGYz5PTA+7bu81"
    "U4kM2tUOy7yAaak0qnWpJWZzmozGnduPV74LKvhhaVUvzRDTTf1y6eiIJJTJ+VWbNyYv5i"
    "VM3D+XUhx+HrHMfh67Tj0F4p0WzPqdQTMnsGbbDVdf72Z//WteiKmL5L1aKTvNo1INz09n"
    "DZG2JZT8MuDcNinUuswuH6zzYJhy/aZntwD0Hw6OCx6QCb92iy6fIE8FpvQRE5m4i6cA5+"
    "tNEV8PkMIO9hv5hCj01IKOYV4Ry8gN7xxGTaT9owvKuHaAuxAvv9kbYQawtx3FJWtoJZze"
    "XLFLIL76R4mY7U3G0imwVd06OzkrptnKp5uu1OoEaY2g/2xC8/UHrfkFM3EPpd7CKuScgC"
    "Mxm1rCsvRdhEwC8KAX6RA/hFurYndQ0CmWRDq1VFzJygCQzYd9EyASZvTMu+1PZcyZtIc6"
    "cidyDiYFTRHiTk2k2jspuGV6F/qqgqJmk1p1XmtHCSC0tPVQ97lHgvvNaxFBV9r8TgaVEP"
    "2JsZ2OU8kFVmze+2mjGFbrdaosMhhd6MGE/QC8OEi+e1JQibIMokagwVUWrPs3Xa83QJfw"
    "EaL+vmVjvPpBPoQ03lnc71mAQyWVZ5xySk+i3b/JaFsG3xnmVMod80ld80nZua/codpkdJ"
    "wvZVylXK1V483c8IPIgSgXM3aX9qvvT5WX9B6IPQqGqputWw0JxkAgD2qPEnHm8JVUdM9A"
    "seN3RVrStKE4NIvWhl0GpiDe4suDRSOkm5HqjCXNvtcIrkHzcFpFIBe2s88QJx2TGrgEMI"
    "ag/BIWb/FZAsmlbB4Z+S0Y2f4XiK8df30LF5pF9LEuiYHHKUF/O48Afz8M316I3xjzwK0e"
    "/kCzy8uBI56PCJHVq8ZS4vxu9fQZaL2Z96AvrwOHwAYPIrASZAcMFp02GPNc+9Odrx91Y4"
    "mTAJzsd/won/0e/jxob/Hunplmy89EepaEndb5ff0/12tc67myhKXe57B/k9kT2xqIE2Qt"
    "LAAMrTs0KlLs9ySl2epYyzqjcdTeNdY9fR++vrTuc9L4K5+qj7j34X/UeV7INZAHEd31Ax"
    "lAVPeBkAdtzKwpY3RLIkaLXXSWlO87ij6m+2hFzzW3l++3IIY6MlybbJPCJlpJWOSsXYu8"
    "9m3dnCePOadcelvItCSTYXOUk2F+kkGwGaNff8PJlZGYFPRqpXc3o1s73HZU+ABvw2gZ5b"
    "SsGU0eqVXWhlB+bSSraxJK0+kVU+kUPpycGPaUZndwtIkKnRLIA/rzHNAnhzLd9nYeAHqb"
    "Eyz1Ego27Q+bIXx0EkQiXw/pS0GSfItNE4CetT+ZJbURoNaH5ZKIFVGtzSVYsCd3HnqVjt"
    "IkWx3Vi8KLq0NheIinqEa8I3MmNTIY7viCoVhUoyITtsIsqnzWET0XVSoI0AAlNK3RfkJb"
    "jv3wAThc00fyCgbc2YlAM8+MjkHC5gH4GFTaeixJNYuwTYFJD5mM84hgRQLOklUPMDRmiE"
    "eDwG7zHLHgH8RG1eeSqoLbVK2QYvGPFsTigY+10KOFI8WIOTvvxRPMX14JON5ySYZsRfnS"
    "UBT6ZjW+ABe6vHMNWZ/zDBI8OT0UHPxhYwH9jXZhc97Ifr6WJWqpxSR0CHYegwjGfqaq8c"
    "V/fS1j765UoAnSDTBrNCBjP/eCxjQVlTaONJ7caToESJxGaSlxQfodpjHnx4ph9sGvw2RX"
    "5qq+uj2h6/78I+oeS8Vcml3EmacBI8O1cq97rJn0n7WFT2sYRqynhZ0tiZItRtBXRH5War"
    "jpIXSrWOyqpxeie+g+doqawosHvrqRy4bG24ZXapJL2vIcjvtF9wzM2VY/4P3WAFbP+roR"
    "sN/wM8g3TKbdp0alIwZZMzllnARhEb/RFYeDalEPHL3F7OJkXE9DV5/CAuTaYmeoRpw3/d"
    "D+CG/y73CFhhm4kB2wgsxgUQAEXADBLCsOZjXnwJQDm2rS8vjwQBYfgCNjH0MzP9kBJts1"
    "fldDjSNvvvSPBqRuqkIik3pYNgBBwpTHM6e8SoGmExS3RWLGKkv8y20V+mkyd1iuoeUlRd"
    "c+lgU7I/ZHtCIiRquEL4Yw/aFVKpxJvWPp5V+2gz6CfTlkTvCO7kahzmeswmVSMbhpql7u"
    "+lismWyS7ZQnaFqrfbVrtV7VXcQ/sY/lKVQDgY3kB0TwsFRpzmBEacpgMj2BOpNAo5Wx6I"
    "kOxfHngefeE5Tv76D7N//h8nAl7V"
)
