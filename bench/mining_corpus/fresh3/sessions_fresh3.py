"""Hand-written sessions of the `fresh3` corpus (data only; see make_fresh3.py), one module per
export format (sessions_fresh3_a.py ... _e.py).

Each U(text, kind) is a user turn with its hand label.  Owners: Margaret (retired
English teacher), Dele (nurse on night shifts), Priya (corner-shop owner), Minh
(Vietnamese student writing in English), Carla (parent of three, plans the meals),
Tom (hobby woodworker), Ines (cellist and double-bass player), Rosa (paralegal),
Hamid (hardware-shop owner), Gwen (hairdresser), Lucía (Spanish student).
"""


from sessions_fresh3_a import format_a
from sessions_fresh3_b import format_b
from sessions_fresh3_c import format_c
from sessions_fresh3_d import format_d
from sessions_fresh3_e import format_e


def build(add, S, U, A, T, DEC, ERR):
    format_a(add, S, U, A, T)
    format_b(add, S, U, A)
    format_c(add, S, U, A)
    format_d(add, S, U, A, T)
    format_e(add, S, U, A, T, DEC, ERR)
